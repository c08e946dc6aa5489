using CrmSupportHub.Bench.Common;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Sync;

/// <summary>
/// One round of sync-throughput for a fresh client id: the emulator alone, the connector alone,
/// the worker's full sync, and the raw upsert of the rows that sync stored.
/// </summary>
internal sealed class SyncRound(IServiceProvider services, string database, int pageSize)
{
    private readonly RequestSyncService _sync = services.GetRequiredService<RequestSyncService>();
    private readonly ISupportRequestStore _store = services.GetRequiredService<ISupportRequestStore>();
    private readonly RequestIngestor _ingestor = services.GetRequiredService<RequestIngestor>();

    public async Task<SyncRoundResult> RunAsync(PipedriveSandbox sandbox, string clientId)
    {
        var (fetch, fetched) = await Measured.RunAsync(() => PageFetcher.FetchAllAsync(sandbox, pageSize));
        var source = services.GetRequiredKeyedService<IRequestSource>(clientId);
        var (read, pages) = await Measured.RunAsync(() => ReadAllAsync(source));
        var readCount = pages.Sum(p => p.Items.Count);
        var (ingest, _) = await Measured.RunAsync(() => IngestAsync("ingest-" + clientId, pages));
        pages = null;
        var (synced, result) = await Measured.RunAsync(() => _sync.SyncAsync(clientId, full: true, progress: null, CancellationToken.None));
        if (!result.Succeeded || result.Changed != readCount)
        {
            throw new InvalidOperationException($"The sync stored {result.Changed} of {readCount} deals: {result.Error}");
        }

        var rows = await _store.ListAsync(clientId, CancellationToken.None);
        var (commit, _) = await Measured.RunAsync(() => CommitAsync("commit-" + clientId, rows));
        var (raw, _) = await Measured.RunAsync(() => RawUpsert.RunAsync(database, "raw-" + clientId, rows, pageSize));
        var (rawEvents, _) = await Measured.RunAsync(() => RawUpsert.RunAsync(database, "raw-events-" + clientId, rows, pageSize, withEvents: true));
        return new SyncRoundResult(fetched.Pages, fetched.Bytes, fetch, read, ingest, synced, commit, raw, rawEvents, result.Read, rows.Count);
    }

    /// <summary>The store's share alone: the same rows and their Created events through CommitAsync, no CRM.</summary>
    private async Task<int> CommitAsync(string clientId, IReadOnlyList<RequestSnapshot> rows)
    {
        var now = TimeProvider.System.GetUtcNow();
        foreach (var page in rows.Chunk(pageSize))
        {
            var snapshots = page.Select(s => s with { ClientId = clientId }).ToList();
            var events = snapshots.SelectMany(s => RequestChangeDetector.Diff(null, s, now, EventSource.Poll)).ToList();
            await _store.CommitAsync(new RequestBatch(clientId, snapshots, events), CancellationToken.None);
        }

        return rows.Count;
    }

    private static async Task<List<SyncPage<ExternalRequest>>> ReadAllAsync(IRequestSource source)
    {
        var pages = new List<SyncPage<ExternalRequest>>();
        await foreach (var page in source.ReadRequestsAsync(null, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The worker's share without the CRM: pages already read go through the ingestor (lookup, diff, commit).</summary>
    private async Task<int> IngestAsync(string clientId, List<SyncPage<ExternalRequest>> pages)
    {
        var now = TimeProvider.System.GetUtcNow();
        foreach (var page in pages)
        {
            var checkpoint = new SyncCheckpoint(clientId, SyncStreams.Requests, page.Cursor.Value, now);
            await _ingestor.ApplyAsync(clientId, page.Items, EventSource.Poll, checkpoint, CancellationToken.None);
        }

        return pages.Count;
    }
}
