using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using CrmSupportHub.Connectors.Uspacy.Mapping;

namespace CrmSupportHub.Connectors.Uspacy.Sync;

/// <summary>
/// Incremental reads by update time. Each query asks again for "updated at or after the newest
/// update seen, oldest first", so items that move while a run pages (updated, deleted, moved out of
/// the funnel) never shift an unread item past a page boundary; page numbers are only used while
/// whole pages share one second. A run starts <see cref="UspacySettings.SyncOverlap"/>
/// before the saved watermark because Uspacy's timestamps are whole seconds and commits can land
/// late; items a run reads twice are dropped by id and update time.
/// </summary>
internal sealed class UspacyRequestReader(UspacyApiCaller api, UspacySettings settings, TimeProvider time)
{
    public async IAsyncEnumerable<SyncPage<ExternalRequest>> ReadAsync(
        SyncCursor? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = UspacyCursor.Parse(since);
        var from = cursor.Page == 1 ? Math.Max(0, cursor.Watermark - (long)settings.SyncOverlap.TotalSeconds) : cursor.Watermark;
        var page = cursor.Page;
        var highest = cursor.Watermark;
        var seen = new HashSet<(string? Id, long UpdatedAt)>();
        while (true)
        {
            var query = UspacyRequestQuery.Build(settings, from, page, time.GetUtcNow());
            var result = await api.SendAsync(
                (uspacy, ct) => uspacy.GetItemsAsync(settings.EntityTable, query, ct), "listing requests", cancellationToken).ConfigureAwait(false);
            var items = result!.Data?.OfType<EntityItemDto>().ToList() ?? [];
            var newest = CheckedNewestUpdate(items, from);
            highest = Math.Max(highest, newest);
            var fresh = items.Where(item => seen.Add((item.Id, UpdatedAt(item, from)))).ToList();
            var isLast = items.Count < settings.PageSize || result.Meta?.IsLastPage == true;
            if (!isLast && fresh.Count == 0)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.InvalidResponse,
                    "Uspacy returned a full page of items already read: it ignored the page parameter.");
            }

            var requests = fresh.Select(item => UspacyMapper.ToRequest(item, settings)).OfType<ExternalRequest>().ToList();
            // A page with an item older than its newest second: the query from that second starts with
            // this page's last items only. A page all within one second: keep paging the same query.
            var next = isLast ? new UspacyCursor(highest, 1)
                : items.Any(item => UpdatedAt(item, from) < newest) ? new UspacyCursor(newest, 1)
                : new UspacyCursor(from, page + 1);
            yield return new SyncPage<ExternalRequest>(requests, next.ToSyncCursor());
            if (isLast)
            {
                yield break;
            }

            (from, page) = (next.Watermark, next.Page);
        }
    }

    /// <summary>
    /// The newest update time on the page. Fails loudly when the portal did not apply the filter
    /// or the order, which would otherwise skip items without a trace.
    /// </summary>
    private static long CheckedNewestUpdate(List<EntityItemDto> items, long from)
    {
        var previous = from;
        foreach (var item in items)
        {
            var updated = UpdatedAt(item, from);
            if (updated < previous)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.InvalidResponse,
                    updated < from
                        ? "Uspacy returned items updated before the requested time: it ignored the updated_at filter."
                        : "Uspacy returned items out of update order: it ignored sort_by[updated_at].");
            }

            previous = updated;
        }

        return previous;
    }

    private static long UpdatedAt(EntityItemDto item, long fallback) => item.UpdatedAt ?? item.CreatedAt ?? fallback;
}
