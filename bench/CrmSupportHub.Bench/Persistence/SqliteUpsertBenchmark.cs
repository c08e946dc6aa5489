using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Persistence.Sqlite;
using CrmSupportHub.Persistence.Sqlite.Stores;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Bench.Persistence;

/// <summary>
/// Raw request upserts through <see cref="ISupportRequestStore.CommitAsync"/> into a temporary
/// SQLite file: new rows, the same rows changed, and new rows with one event each; every batch
/// also saves its cursor, as the sync does.
/// </summary>
internal sealed class SqliteUpsertBenchmark : IBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public string Name => "sqlite-upsert";

    public string Description => "request snapshot upserts via CommitAsync [--rows 100000] [--batch 500]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var rows = Option(args, "--rows", 100_000);
        var batchSize = Option(args, "--batch", 500);
        var directory = Path.Combine(Path.GetTempPath(), "crm-support-hub-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var database = new SqliteDatabase(new SqliteOptions { ConnectionString = $"Data Source={Path.Combine(directory, "bench.db")}" });
            await new MigrationRunner(database).ApplyAsync(CancellationToken.None);
            var store = new SqliteSupportRequestStore(database, TimeProvider.System);
            // The worker runs for days: warm up until tiered JIT has settled on optimized code.
            var warmUp = Snapshots("warm-up", Math.Max(50_000, batchSize), 0);
            await RunPassAsync(store, warmUp, batchSize, withEvents: true);
            await ReadPassAsync(store, warmUp, batchSize);

            output.WriteLine($"sqlite-upsert: {rows:N0} snapshots in {batchSize}-row transactions, {Environment.ProcessorCount} cores");
            var fresh = Snapshots("acme", rows, 0);
            Report(output, "insert new rows", rows, await RunPassAsync(store, fresh, batchSize, withEvents: false));
            var changed = Snapshots("acme", rows, 1);
            Report(output, "update same rows", rows, await RunPassAsync(store, changed, batchSize, withEvents: false));
            var withEvents = Snapshots("globex", rows, 0);
            Report(output, "insert + 1 event each", rows, await RunPassAsync(store, withEvents, batchSize, withEvents: true));
            Report(output, "read back by id", rows, await ReadPassAsync(store, changed, batchSize));
            output.WriteLine($"  database file: {new FileInfo(Path.Combine(directory, "bench.db")).Length / 1024 / 1024} MiB (+ WAL)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> RunPassAsync(
        SqliteSupportRequestStore store, List<RequestSnapshot> snapshots, int batchSize, bool withEvents)
    {
        var clientId = snapshots[0].ClientId;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var offset = 0; offset < snapshots.Count; offset += batchSize)
        {
            var page = snapshots.Skip(offset).Take(batchSize).ToList();
            IReadOnlyList<RequestEvent> events = withEvents
                ? [.. page.Select(s => new RequestEvent(clientId, s.ExternalId, RequestEventKind.Created, s.CreatedAt, Start, EventSource.Poll, s.StageId, s.Stage))]
                : [];
            var checkpoint = new SyncCheckpoint(clientId, SyncStreams.Requests, $"cursor-{offset}", Start);
            await store.CommitAsync(new RequestBatch(clientId, page, events, checkpoint), CancellationToken.None);
        }

        var wall = stopwatch.Elapsed;
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpuBefore);
    }

    /// <summary>What the sync does before each commit: fetch the stored snapshots of a page by id.</summary>
    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> ReadPassAsync(
        SqliteSupportRequestStore store, List<RequestSnapshot> snapshots, int batchSize)
    {
        var clientId = snapshots[0].ClientId;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var offset = 0; offset < snapshots.Count; offset += batchSize)
        {
            var ids = snapshots.Skip(offset).Take(batchSize).Select(s => s.ExternalId).ToList();
            var found = await store.GetSnapshotsAsync(clientId, ids, CancellationToken.None);
            if (found.Count != ids.Count)
            {
                throw new InvalidOperationException($"Read {found.Count} of {ids.Count} snapshots.");
            }
        }

        var wall = stopwatch.Elapsed;
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpuBefore);
    }

    private static List<RequestSnapshot> Snapshots(string clientId, int count, int revision) =>
    [
        .. Enumerable.Range(0, count).Select(i => new RequestSnapshot(
            clientId,
            (1_000_000 + i).ToString(CultureInfo.InvariantCulture),
            $"Request {i}: the report shows the wrong totals",
            revision == 0 ? "new" : "in-progress",
            revision == 0 ? StageCategory.Initial : StageCategory.Working,
            revision == 0 ? null : $"user-{i % 17}",
            RequestStatus.Open,
            Start.AddSeconds(i),
            Start.AddSeconds(i).AddMinutes(revision * 5),
            revision == 0 ? null : Start.AddSeconds(i).AddMinutes(5))),
    ];

    // CPU time too: on a shared machine rows per CPU-second says more than wall-clock rows/s.
    private static void Report(TextWriter output, string pass, int rows, (TimeSpan Wall, TimeSpan Cpu) time) =>
        output.WriteLine(
            $"  {pass,-24} {time.Wall.TotalSeconds,6:F2} s {rows / time.Wall.TotalSeconds,10:N0} rows/s" +
            $"   cpu {time.Cpu.TotalSeconds,6:F2} s {rows / time.Cpu.TotalSeconds,10:N0} rows/cpu-s");

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
