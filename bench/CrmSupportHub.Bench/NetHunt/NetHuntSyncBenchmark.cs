using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.NetHunt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.NetHunt;

/// <summary>
/// Full and incremental NetHunt reads against the sandbox: calls, pages and throughput when paging
/// by watermark, including bulk imports whose records share one timestamp.
/// </summary>
internal sealed class NetHuntSyncBenchmark : IBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public string Name => "nethunt-sync";

    public string Description => "NetHunt full/incremental read by watermark; args: [records=5000] [bulk=300]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var bulk = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        output.WriteLine($"NetHunt sync: {records} records spread 1 s apart plus {bulk} imported at one instant");
        output.WriteLine("page size | mode        | pages | calls | requests | ms    | requests/s");
        foreach (var pageSize in new[] { 100, 500 })
        {
            using var sandbox = new NetHuntSandbox();
            var ids = sandbox.SeedRequests(records, Start);
            for (var i = 0; i < bulk; i++)
            {
                sandbox.CreateRecord($"Imported {i}", Start.AddHours(-1));
            }

            await using var services = Host(sandbox, pageSize);
            var source = services.GetRequiredKeyedService<IRequestSource>("bench");
            var full = await MeasureAsync(source, null, sandbox);
            Report(output, pageSize, "full", full);

            foreach (var id in ids.Where((_, i) => i % 100 == 0))
            {
                sandbox.MoveRequest(id, StageCategory.Working, Start.AddDays(1));
            }

            var incremental = await MeasureAsync(source, full.Cursor, sandbox);
            Report(output, pageSize, "incremental", incremental);
            if (full.Requests != records + bulk)
            {
                output.WriteLine($"  MISMATCH: read {full.Requests} of {records + bulk}");
            }
        }
    }

    private static async Task<Run> MeasureAsync(IRequestSource source, SyncCursor? since, NetHuntSandbox sandbox)
    {
        var calls = sandbox.CallCount;
        var clock = Stopwatch.StartNew();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        SyncCursor? cursor = since;
        await foreach (var page in source.ReadRequestsAsync(since, CancellationToken.None))
        {
            pages++;
            ids.UnionWith(page.Items.Select(r => r.Id));
            cursor = page.Cursor;
        }

        return new Run(pages, sandbox.CallCount - calls, ids.Count, clock.Elapsed, cursor);
    }

    private static void Report(TextWriter output, int pageSize, string mode, Run run) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{pageSize,9} | {mode,-11} | {run.Pages,5} | {run.Calls,5} | {run.Requests,8} | {run.Elapsed.TotalMilliseconds,5:F0} | {run.Requests / run.Elapsed.TotalSeconds,10:F0}"));

    private static ServiceProvider Host(NetHuntSandbox sandbox, int pageSize)
    {
        var values = sandbox.ClientSettings.ToDictionary(s => $"CrmSupportHub:Clients:0:{s.Key}", s => s.Value);
        values["CrmSupportHub:Clients:0:Id"] = "bench";
        values["CrmSupportHub:Clients:0:Crm"] = "NetHunt";
        values["CrmSupportHub:Clients:0:Settings:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture);
        var services = new ServiceCollection();
        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build()).AddNetHunt();
        return services.BuildServiceProvider();
    }

    private sealed record Run(int Pages, int Calls, int Requests, TimeSpan Elapsed, SyncCursor? Cursor);
}
