using System.Globalization;
using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.KeyCrm.Api;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;
using CrmSupportHub.Connectors.KeyCrm.Mapping;

namespace CrmSupportHub.Connectors.KeyCrm.Sync;

/// <summary>
/// Reads the support pipeline's cards changed in a window, page by page. KeyCRM has no sort for
/// cards and no deletion feed: the window is <c>[watermark − overlap, now]</c> on
/// <c>updated_at</c>, duplicates are dropped by id, and the watermark only moves when the window's
/// size stayed the same while it was paged (otherwise a card could have slid onto a page already read).
/// An answer for another page than the one asked, or an empty page the count says is not the last, is
/// asked again (a bounded number of times): reading on would move the watermark past its cards.
/// </summary>
internal sealed class KeyCrmRequestReader(IKeyCrmApi api, TimeProvider time)
{
    public const string Include = "status,manager";

    public async IAsyncEnumerable<SyncPage<ExternalRequest>> ReadAsync(
        SyncCursor? since,
        KeyCrmSettings settings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = KeyCrmSyncCursor.Parse(since);
        if (!state.InProgress)
        {
            state = Start(state.Watermark, settings.SyncOverlap);
        }

        var between = state.From is { } from ? KeyCrmTime.Between(from, state.To!.Value) : null;
        var read = new HashSet<long>();
        var guard = new PageRepeatGuard("KeyCRM");
        while (true)
        {
            var pageNumber = state.NextPage!.Value;
            guard.Visit("page " + pageNumber.ToString(CultureInfo.InvariantCulture));
            var page = await KeyCrmCall.RunAsync(
                "GET /pipelines/cards",
                ct => api.GetCardsAsync(settings.SupportPipelineId, between, Include, settings.PageSize, pageNumber, ct),
                cancellationToken).ConfigureAwait(false);
            if (!page.Answers(pageNumber))
            {
                continue;
            }

            KeyCrmCall.RequireItems(page, "GET /pipelines/cards");
            var cards = (page.Data ?? []).Where(c => read.Add(c.Id) && InPipeline(c, settings.SupportPipelineId)).ToList();
            var items = cards.Select(c => KeyCrmMapper.ToRequest(c, settings)).ToList();
            state = Advance(state, page, items);
            yield return new SyncPage<ExternalRequest>(items, state.ToSyncCursor());
            if (!state.InProgress)
            {
                yield break;
            }
        }
    }

    private KeyCrmSyncCursor Start(DateTimeOffset? watermark, TimeSpan overlap) =>
        new(watermark, From: watermark is { } w ? Watermarks.Minus(w, overlap) : null, To: time.GetUtcNow(), NextPage: 1);

    private static KeyCrmSyncCursor Advance(KeyCrmSyncCursor state, KeyCrmPage<KeyCrmCardDto> page, List<ExternalRequest> items)
    {
        var seen = items.Select(i => (DateTimeOffset?)i.UpdatedAt).Append(state.Seen).Max();
        var shifted = state.Shifted || (state.Total is { } total && total != page.Total);
        if (!page.IsLast)
        {
            return state with { NextPage = state.NextPage + 1, Seen = seen, Total = state.Total ?? page.Total, Shifted = shifted };
        }

        // A card updated after the window's end is read by the next run; capping at the end keeps it inside that run's window.
        var watermark = shifted || seen is null ? state.Watermark : Min(Max(state.Watermark, seen.Value), state.To!.Value);
        return new KeyCrmSyncCursor(watermark);
    }

    /// <summary>The list is filtered by pipeline already; a card whose included status says otherwise is not ours.</summary>
    private static bool InPipeline(KeyCrmCardDto card, long pipelineId) =>
        card.Status?.PipelineId is not { } pipeline || pipeline == pipelineId;

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } value && value > b ? value : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
