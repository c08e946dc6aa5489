using System.Globalization;
using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.Pipedrive.Api;
using CrmSupportHub.Connectors.Pipedrive.Mapping;

namespace CrmSupportHub.Connectors.Pipedrive.Sync;

/// <summary>
/// Reads the support pipeline's deals page by page: changed deals ordered by <c>update_time</c> since
/// the watermark minus the overlap (<c>updated_since</c> is inclusive, the host deduplicates), then a
/// <c>status=deleted</c> pass. A full read (no watermark yet) skips the deleted pass: it has nothing to
/// delete, and its changed watermark becomes the deleted one. An answer that hands back the cursor it
/// was asked with and nothing new (an empty page, a page sent twice) is asked again, a bounded number
/// of times; a deal version already returned in this read is not returned again.
/// </summary>
internal sealed class PipedriveDealReader(PipedriveApiCaller api, PipedriveSettings settings, PipedriveStageMap stages)
{
    public async IAsyncEnumerable<SyncPage<ExternalRequest>> ReadAsync(
        SyncCursor? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = since is null ? PipedriveSyncCursor.Start : PipedriveSyncCursor.Parse(since);
        var guard = new PageRepeatGuard("Pipedrive");
        var read = new HashSet<(string Id, DateTimeOffset UpdatedAt)>();
        if (state.Phase == PipedriveSyncCursor.ChangedPhase)
        {
            var passSince = state.Page is null ? Overlapped(state.Changed) : state.PassSince;
            string? page = state.Page;
            do
            {
                guard.Visit("changed:" + page);
                var (items, next, newest) = await ReadPageAsync(status: null, passSince, page, read, cancellationToken).ConfigureAwait(false);
                if (items.Count == 0 && next is not null && next == page)
                {
                    continue; // no progress: ask again
                }

                var changed = Max(state.Changed, newest);
                state = next is not null ? state with { Changed = changed, PassSince = passSince, Page = next }
                    : passSince is null ? new PipedriveSyncCursor(PipedriveSyncCursor.ChangedPhase, changed, state.Deleted ?? changed)
                    : new PipedriveSyncCursor(PipedriveSyncCursor.DeletedPhase, changed, state.Deleted);
                page = next;
                yield return new SyncPage<ExternalRequest>(items, state.ToSyncCursor());
            }
            while (page is not null);

            if (state.Phase == PipedriveSyncCursor.ChangedPhase)
            {
                yield break;
            }
        }

        var deletedSince = state.Page is null ? Overlapped(state.Deleted) : state.PassSince;
        var deletedPage = state.Page;
        do
        {
            guard.Visit("deleted:" + deletedPage);
            var (items, next, newest) = await ReadPageAsync("deleted", deletedSince, deletedPage, read, cancellationToken).ConfigureAwait(false);
            if (items.Count == 0 && next is not null && next == deletedPage)
            {
                continue; // no progress: ask again
            }

            var deleted = Max(state.Deleted, newest);
            state = next is not null
                ? state with { Deleted = deleted, PassSince = deletedSince, Page = next }
                : new PipedriveSyncCursor(PipedriveSyncCursor.ChangedPhase, state.Changed, deleted);
            deletedPage = next;
            yield return new SyncPage<ExternalRequest>(items, state.ToSyncCursor());
        }
        while (deletedPage is not null);
    }

    private async Task<(List<ExternalRequest> Items, string? Next, DateTimeOffset? Newest)> ReadPageAsync(
        string? status, DateTimeOffset? updatedSince, string? cursor, HashSet<(string, DateTimeOffset)> read, CancellationToken cancellationToken)
    {
        var since = updatedSince?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var response = await api.SendAsync(
            (a, ct) => a.GetDealsAsync(settings.SupportPipelineId, status, since, "update_time", "asc", settings.PageSize, cursor, ct),
            status is null ? "GET /api/v2/deals" : "GET /api/v2/deals?status=deleted",
            cancellationToken).ConfigureAwait(false);
        var deals = response!.Data ?? [];
        var items = new List<ExternalRequest>(deals.Count);
        DateTimeOffset? newest = null;
        foreach (var deal in deals)
        {
            // A null in the list ("data": [null]) is as unreadable as a deal without its id or times.
            var request = (deal is null ? null : PipedriveMapper.ToRequest(deal, stages)) ?? throw new ConnectorException(
                ConnectorErrorKind.InvalidResponse, "Pipedrive listed a deal that is null or lacks id, add_time or update_time.");
            if (read.Add((request.Id, request.UpdatedAt)))
            {
                items.Add(request);
            }

            newest = Max(newest, request.UpdatedAt);
        }

        return (items, response.AdditionalData?.NextCursor, newest);
    }

    private DateTimeOffset? Overlapped(DateTimeOffset? watermark) => watermark is { } w ? Watermarks.Minus(w, settings.SyncOverlap) : null;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
