using System.Net;
using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Http;
using CrmSupportHub.Connectors.NetHunt.Mapping;
using CrmSupportHub.Connectors.NetHunt.Sync;
using Microsoft.Extensions.Logging;
using Refit;

namespace CrmSupportHub.Connectors.NetHunt;

internal sealed partial class NetHuntConnector : IRequestSource
{
    /// <summary>
    /// Walks <c>new-record</c> (by <c>createdAt</c>) and <c>updated-record</c> (by <c>updatedAt</c>)
    /// side by side; each step is one page whose cursor holds both watermarks. An incremental read
    /// starts <see cref="NetHuntSettings.Overlap"/> behind them; re-read records are deduplicated by
    /// the host, which keeps only newer snapshots.
    /// </summary>
    public async IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(
        SyncCursor? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = Settings;
        var start = since is null ? NetHuntCursor.Beginning : NetHuntCursor.TryParse(since);
        if (start is null)
        {
            _logger.LogWarning("Client {ClientId}: the saved NetHunt cursor is unreadable; reading the folder from the start", _clientId);
            start = NetHuntCursor.Beginning;
        }

        var overlap = since is null ? TimeSpan.Zero : settings.Overlap;
        var created = new WatermarkFeed<NetHuntRecord>(
            "new-record", (s, l, ct) => Feed(_api.GetNewRecordsAsync, "new-record", s, l, ct),
            NetHuntMapper.Id, r => r.CreatedAt, start.Created, overlap, settings.PageSize, _logger);
        var updated = new WatermarkFeed<NetHuntRecord>(
            "updated-record", (s, l, ct) => Feed(_api.GetUpdatedRecordsAsync, "updated-record", s, l, ct),
            NetHuntMapper.Id, r => r.UpdatedAt ?? r.CreatedAt, start.Updated, overlap, settings.PageSize, _logger);

        var cursor = start;
        var emitted = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
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

            var next = new NetHuntCursor(created.Watermark, updated.Watermark);
            var requests = Map(records, settings, emitted);
            if (requests.Count == 0 && next == cursor)
            {
                continue;
            }

            cursor = next;
            yield return new SyncPage<ExternalRequest>(requests, next.ToSyncCursor());
        }
    }

    /// <summary>Re-reads one record through <c>find-record</c>, which answers 404 when the record is gone.</summary>
    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var found = await NetHuntCall.RunAsync(
            async ct =>
            {
                try
                {
                    return await _api.FindRecordAsync(FolderId, externalId, 1, ct).ConfigureAwait(false);
                }
                catch (ApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
                {
                    return [];
                }
            },
            "find-record",
            cancellationToken).ConfigureAwait(false);
        var record = found.Find(r => NetHuntMapper.Id(r) == externalId);
        return record is null ? null : NetHuntMapper.ToRequest(record, Settings);
    }

    private Task<List<NetHuntRecord>> Feed(
        Func<string, string, int, CancellationToken, Task<List<NetHuntRecord>>> call,
        string operation,
        DateTimeOffset since,
        int limit,
        CancellationToken cancellationToken) =>
        NetHuntCall.RunAsync(ct => call(FolderId, NetHuntTime.Format(since), limit, ct), operation, cancellationToken);

    /// <summary>
    /// Maps a step's records, each request once per state: both feeds may carry the same record
    /// (whether <c>updated-record</c> lists never-edited records is undocumented), so a request
    /// already returned in this read with the same or a newer update time is left out.
    /// </summary>
    private List<ExternalRequest> Map(List<NetHuntRecord> records, NetHuntSettings settings, Dictionary<string, DateTimeOffset> emitted)
    {
        var byId = new Dictionary<string, ExternalRequest>(StringComparer.Ordinal);
        var unusable = 0;
        foreach (var record in records)
        {
            if (NetHuntMapper.ToRequest(record, settings) is not { } request)
            {
                unusable++;
            }
            else if ((!emitted.TryGetValue(request.Id, out var returned) || request.UpdatedAt > returned)
                     && (!byId.TryGetValue(request.Id, out var known) || request.UpdatedAt >= known.UpdatedAt))
            {
                byId[request.Id] = request;
            }
        }

        foreach (var request in byId.Values)
        {
            emitted[request.Id] = request.UpdatedAt;
        }

        if (unusable > 0)
        {
            _logger.LogWarning("Client {ClientId}: {Count} NetHunt records without an id or timestamps were skipped", _clientId, unusable);
        }

        return [.. byId.Values];
    }
}
