using CrmSupportHub.Bench.Common;
using CrmSupportHub.Bench.Hub;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Bench.Sync;

/// <summary>
/// A full Pipedrive sync into SQLite through the worker's own path (connector, RequestIngestor,
/// ISupportRequestStore.CommitAsync) from an unthrottled sandbox on loopback, against a raw
/// 500-row batched upsert of the same rows into the same database, round after round.
/// </summary>
internal sealed class SyncThroughputBenchmark : IBenchmark
{
    private const int PageSize = 500;
    private static readonly DateTimeOffset Seeded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "sync-throughput";

    public string Description => "worker sync (connector -> ingestor -> SQLite) vs raw 500-row upserts of the same rows [--deals 100000] [--rounds 3]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var deals = BenchArgs.Int(args, "--deals", 100_000);
        var rounds = BenchArgs.Int(args, "--rounds", 3);
        using var temp = new TempDirectory();
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        sandbox.SeedRequests(deals, Seeded);
        var database = temp.File("sync.db");
        var clients = Enumerable.Range(0, rounds + 1).Select(r => ($"client-{r}", (Sandbox.ISandboxCrm)sandbox));
        await using var hub = await BenchHub.CreateAsync(database, clients);
        var round = new SyncRound(hub.Services, database, PageSize);

        // Round 0 untimed, then a pause: tiered JIT promotes hot methods to optimized code in the
        // background, and that work should not be billed to the timed rounds.
        await round.RunAsync(sandbox, "client-0");
        await Task.Delay(TimeSpan.FromSeconds(1));

        await output.WriteLineAsync($"sync-throughput: {deals:N0} deals, {PageSize} a page, Pipedrive sandbox on loopback without rate limit; {MachineLoad.Describe()}");
        var results = new List<SyncRoundResult>();
        for (var r = 1; r <= rounds; r++)
        {
            var result = await round.RunAsync(sandbox, $"client-{r}");
            results.Add(result);
            await output.WriteLineAsync($"round {r}:");
            result.Print(output);
        }

        var median = results.OrderBy(r => r.SyncPerSecond).ElementAt(results.Count / 2);
        var ratio = median.SyncPerSecond / median.RawPerSecond;
        var met = median.SyncPerSecond >= 50_000 && ratio >= 0.5;
        await output.WriteLineAsync(
            $"median round: sync {median.SyncPerSecond:N0} records/s vs raw {median.RawPerSecond:N0} rows/s = {ratio:P0} " +
            $"(per CPU-second: {median.SyncPerCpuSecond:N0} vs {median.RawPerCpuSecond:N0}); " +
            $"target >= 50,000 records/s and >= 50 % of raw: {(met ? "met" : "MISSED")}");
        await output.WriteLineAsync($"after the run: {MachineLoad.Describe()}");
    }
}
