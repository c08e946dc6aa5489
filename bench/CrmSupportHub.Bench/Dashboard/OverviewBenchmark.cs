using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Dashboard;

/// <summary>
/// The dashboard overview of 200 clients with 10,000 open requests: <c>GET /</c> over HTTP with a
/// signed-in cookie, timed from request to the last byte of the page (target median and p95 under
/// 200 ms). Warm: the months' ledgers are cached (within 5 s of the last view); cold: every client's
/// month is recomputed from the log, as on the first view after the cache expired.
/// </summary>
internal sealed class OverviewBenchmark : IBenchmark
{
    public string Name => "overview";

    public string Description => "Dashboard overview page (GET /) for 200 clients and 10,000 open requests";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;

        var seeding = Stopwatch.StartNew();
        await using var hub = await OverviewBenchHub.StartAsync(clients).ConfigureAwait(false);
        await hub.SeedAsync(clients, requests, TimeProvider.System.GetUtcNow()).ConfigureAwait(false);
        await hub.SignInAsync().ConfigureAwait(false);
        output.WriteLine(Invariant($"runtime {Environment.Version}, {Environment.ProcessorCount} logical cores, load average {LoadAverage()}"));
        output.WriteLine(Invariant($"seeded {clients} clients, {requests:N0} open requests, {clients * 5} work entries in {seeding.Elapsed.TotalSeconds:N1} s"));

        var page = new Uri("/", UriKind.Relative);
        var size = 0;
        for (var i = 0; i < 5; i++)
        {
            size = (await hub.Http.GetStringAsync(page).ConfigureAwait(false)).Length;
        }

        var warm = await TimeAsync(iterations, () => hub.Http.GetStringAsync(page)).ConfigureAwait(false);
        Report(output, "GET / warm", warm, Invariant($"page {size / 1024} KB"));

        var cache = hub.App.Services.GetRequiredService<MonthLedgerCache>();
        var ids = hub.App.Services.GetRequiredService<ClientDirectory>().All.Select(c => c.Id).ToList();
        var cold = await TimeAsync(Math.Max(10, iterations / 5), () =>
        {
            ids.ForEach(cache.Invalidate);
            return hub.Http.GetStringAsync(page);
        }).ConfigureAwait(false);
        Report(output, "GET / cold", cold, "every month recomputed");

        var queries = hub.App.Services.GetRequiredService<HubQueries>();
        var all = hub.App.Services.GetRequiredService<ClientDirectory>().All;
        var query = await TimeAsync(iterations, () => queries.OverviewAsync(all, CancellationToken.None)).ConfigureAwait(false);
        Report(output, "HubQueries.OverviewAsync alone", query, "warm cache");
    }

    /// <summary>Wall times, sorted, and the process's CPU time per run (client and server share the process; the machine's load does not count).</summary>
    private static async Task<(List<double> Wall, double CpuPerRun)> TimeAsync<T>(int iterations, Func<Task<T>> action)
    {
        var times = new List<double>(iterations);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await action().ConfigureAwait(false);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations);
    }

    private static void Report(TextWriter output, string what, (List<double> Wall, double CpuPerRun) times, string note)
    {
        var sorted = times.Wall;
        output.WriteLine(Invariant(
            $"{what}: median {Percentile(sorted, 0.5):N1} ms, p95 {Percentile(sorted, 0.95):N1} ms, min {sorted[0]:N1}, max {sorted[^1]:N1} wall; {times.CpuPerRun:N1} ms CPU per run; {sorted.Count} runs ({note}; target < 200 ms)"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
