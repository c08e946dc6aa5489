using CrmSupportHub.Bench.Common;
using CrmSupportHub.Bench.Hub;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Sync;

/// <summary>
/// A full Pipedrive sync into SQLite through the worker's own path (connector, RequestIngestor,
/// ISupportRequestStore.CommitAsync) from an unthrottled sandbox on loopback, against a raw
/// 500-row batched upsert of the same rows in the same database.
/// </summary>
internal sealed class SyncThroughputBenchmark : IBenchmark
{
    private const int PageSize = 500;
    private static readonly DateTimeOffset Seeded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "sync-throughput";

    public string Description => "worker sync (connector -> ingestor -> SQLite) vs raw 500-row upserts of the same rows [--deals 100000]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var deals = BenchArgs.Int(args, "--deals", 100_000);
        using var temp = new TempDirectory();
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        sandbox.SeedRequests(deals, Seeded);
        var database = temp.File("sync.db");
        await using var hub = await BenchHub.CreateAsync(database, [("warm-up", sandbox), ("bench", sandbox)]);
        var sync = hub.Services.GetRequiredService<RequestSyncService>();
        var store = hub.Services.GetRequiredService<ISupportRequestStore>();

        // The whole run once untimed, then a pause: tiered JIT promotes hot methods to optimized code
        // in the background, and that work should not be billed to the timed run.
        await sync.SyncAsync("warm-up", full: true, progress: null, CancellationToken.None);
        await RawUpsert.RunAsync(database, "raw-warm-up", await store.ListAsync("warm-up", CancellationToken.None), PageSize);
        await PageFetcher.FetchAllAsync(sandbox, PageSize);
        await Task.Delay(TimeSpan.FromSeconds(1));

        await output.WriteLineAsync($"sync-throughput: {deals:N0} deals, {PageSize} a page, Pipedrive sandbox on loopback without rate limit; {MachineLoad.Describe()}");
        var (fetch, fetched) = await Measured.RunAsync(() => PageFetcher.FetchAllAsync(sandbox, PageSize));
        var source = hub.Services.GetRequiredKeyedService<IRequestSource>("bench");
        var (read, readCount) = await Measured.RunAsync(() => CountAsync(source));
        var (synced, result) = await Measured.RunAsync(() => sync.SyncAsync("bench", full: true, progress: null, CancellationToken.None));
        if (!result.Succeeded || result.Changed != deals)
        {
            throw new InvalidOperationException($"The sync stored {result.Changed} of {deals} deals: {result.Error}");
        }

        var rows = await store.ListAsync("bench", CancellationToken.None);
        var (raw, _) = await Measured.RunAsync(() => RawUpsert.RunAsync(database, "raw", rows, PageSize));

        await output.WriteLineAsync($"  emulator + HTTP only ({fetched.Pages} pages, {fetched.Bytes / 1_048_576} MiB) {fetch.Describe(deals, "deals")}");
        await output.WriteLineAsync($"  connector read only (+ parse, map)        {read.Describe(readCount, "deals")}");
        await output.WriteLineAsync($"  worker sync end to end (+ ingest, commit) {synced.Describe(result.Read, "records")}");
        await output.WriteLineAsync($"  baseline: raw 500-row upserts             {raw.Describe(rows.Count, "rows")}");
        foreach (var (label, time) in new[] { ("emulator", fetch), ("read", read), ("sync", synced), ("raw", raw) })
        {
            await output.WriteLineAsync($"    {label,-8} {time.Costs}");
        }

        var ratio = synced.PerSecond(result.Read) / raw.PerSecond(rows.Count);
        var met = synced.PerSecond(result.Read) >= 50_000 && ratio >= 0.5;
        await output.WriteLineAsync($"  sync / raw = {ratio:P0}; target >= 50,000 records/s and >= 50 % of raw: {(met ? "met" : "MISSED")}");
        await output.WriteLineAsync($"  after the run: {MachineLoad.Describe()}");
    }

    private static async Task<int> CountAsync(IRequestSource source)
    {
        var count = 0;
        await foreach (var page in source.ReadRequestsAsync(null, CancellationToken.None))
        {
            count += page.Items.Count;
        }

        return count;
    }
}
