using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Mapping;
using Microsoft.Extensions.Logging;

namespace CrmSupportHub.Connectors.NetHunt.Sync;

/// <summary>
/// Reads the support folder's records as request pages. NetHunt has no "list records" call, only
/// <c>new-record</c> (by <c>createdAt</c>) and <c>updated-record</c> (by <c>updatedAt</c>); both are
/// walked side by side, and each step is one page whose cursor holds both watermarks. An
/// incremental read starts <see cref="NetHuntSettings.SyncOverlap"/> behind them; the host keeps
/// only newer snapshots, so re-read records change nothing.
/// </summary>
internal sealed class NetHuntRecordReader(NetHuntApiCaller api, NetHuntSettings settings, ILogger logger)
{
    public async IAsyncEnumerable<SyncPage<ExternalRequest>> ReadAsync(SyncCursor? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = since is null ? NetHuntSyncCursor.Beginning : NetHuntSyncCursor.TryParse(since);
        if (start is null)
        {
            logger.LogWarning("The saved NetHunt cursor is unreadable; reading folder {FolderId} from the start", settings.FolderId);
            start = NetHuntSyncCursor.Beginning;
        }

        var overlap = since is null ? TimeSpan.Zero : settings.SyncOverlap;
        var created = Feed("new-record", (a, s, l, ct) => a.GetNewRecordsAsync(settings.FolderId!, s, l, ct), r => r.CreatedAt, start.Created, overlap);
        var updated = Feed("updated-record", (a, s, l, ct) => a.GetUpdatedRecordsAsync(settings.FolderId!, s, l, ct), r => r.UpdatedAt ?? r.CreatedAt, start.Updated, overlap);
        var cursor = start;
        var returned = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (!created.Done || !updated.Done)
        {
            var records = new List<NetHuntRecord>();
            if (!created.Done)
            {
                records.AddRange(await created.NextAsync(cancellationToken).ConfigureAwait(false));
            }

            if (!updated.Done)
            {
                records.AddRange(await updated.NextAsync(cancellationToken).ConfigureAwait(false));
            }

            var next = new NetHuntSyncCursor(created.Watermark, updated.Watermark);
            var requests = Map(records, returned);
            if (requests.Count == 0 && next == cursor)
            {
                continue;
            }

            cursor = next;
            yield return new SyncPage<ExternalRequest>(requests, next.ToSyncCursor());
        }
    }

    private WatermarkFeed<NetHuntRecord> Feed(
        string name,
        Func<INetHuntApi, string, int, CancellationToken, Task<List<NetHuntRecord>>> call,
        Func<NetHuntRecord, DateTimeOffset?> stamp,
        DateTimeOffset watermark,
        TimeSpan overlap) =>
        new(
            name,
            (s, limit, ct) => api.SendAsync((a, c) => call(a, NetHuntTime.Format(s), limit, c), $"GET /triggers/{name}", ct),
            NetHuntMapper.Id,
            stamp,
            watermark,
            overlap,
            settings.PageSize,
            logger);

    /// <summary>
    /// Maps a step's records, each request once per state: both feeds may carry the same record
    /// (whether <c>updated-record</c> lists never-edited records is undocumented), so a request
    /// already returned in this read with the same or a newer update time is left out.
    /// </summary>
    private List<ExternalRequest> Map(List<NetHuntRecord> records, Dictionary<string, DateTimeOffset> returned)
    {
        var byId = new Dictionary<string, ExternalRequest>(StringComparer.Ordinal);
        var unusable = 0;
        foreach (var record in records)
        {
            if (NetHuntMapper.ToRequest(record, settings) is not { } request)
            {
                unusable++;
            }
            else if ((!returned.TryGetValue(request.Id, out var before) || request.UpdatedAt > before)
                     && (!byId.TryGetValue(request.Id, out var known) || request.UpdatedAt >= known.UpdatedAt))
            {
                byId[request.Id] = request;
            }
        }

        foreach (var request in byId.Values)
        {
            returned[request.Id] = request.UpdatedAt;
        }

        if (unusable > 0)
        {
            logger.LogWarning("{Count} NetHunt records of folder {FolderId} had no id or no timestamps and were skipped", unusable, settings.FolderId);
        }

        return [.. byId.Values];
    }
}
