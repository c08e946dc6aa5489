using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Connectors;
using CrmSupportHub.Sandbox.KeyCrm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.KeyCrm;

/// <summary>
/// Full and incremental request reads through the KeyCRM connector against the sandbox with both
/// rate limits off: the connector's own cost per page, and what KeyCRM's 60 requests a minute makes of it.
/// </summary>
internal sealed class KeyCrmSyncBenchmark : IBenchmark
{
    public string Name => "keycrm-sync";

    public string Description => "KeyCRM connector: full and incremental card reads against the sandbox [cards=2000] [changed=100]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var cards = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var changed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        using var sandbox = new KeyCrmSandbox(new KeyCrmSandboxOptions { RequestsPerMinute = 0 });
        var now = TimeProvider.System.GetUtcNow();
        var ids = sandbox.SeedRequests(cards, now.AddDays(-30));
        await using var services = Services(sandbox);
        var source = services.GetRequiredKeyedService<IRequestSource>("bench");

        var (fullPages, fullItems, fullTime, cursor) = await ReadAsync(source, null);
        foreach (var id in ids.Take(changed))
        {
            sandbox.MoveRequest(id, Core.Requests.StageCategory.Working, now.AddMinutes(-1));
        }

        var (incPages, incItems, incTime, _) = await ReadAsync(source, cursor);

        output.WriteLine($"keycrm-sync: {cards} cards, 50 a page, sandbox on loopback, no rate limits");
        Report(output, "full read", fullPages, fullItems, fullTime);
        Report(output, $"incremental ({changed} moved)", incPages, incItems, incTime);
        var waiting = (fullPages - 1) / 60 * 60;
        output.WriteLine($"  at KeyCRM's 60 requests/min the full read's {fullPages} requests wait at least {waiting} s for permits");
    }

    private static async Task<(int Pages, int Items, TimeSpan Time, SyncCursor? Cursor)> ReadAsync(IRequestSource source, SyncCursor? since)
    {
        var watch = Stopwatch.StartNew();
        int pages = 0, items = 0;
        SyncCursor? cursor = null;
        await foreach (var page in source.ReadRequestsAsync(since, CancellationToken.None))
        {
            pages++;
            items += page.Items.Count;
            cursor = page.Cursor;
        }

        return (pages, items, watch.Elapsed, cursor);
    }

    private static void Report(TextWriter output, string label, int pages, int items, TimeSpan time) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {label,-26} {pages,5} pages {items,7} cards {time.TotalMilliseconds,9:F0} ms  {time.TotalMilliseconds / Math.Max(pages, 1),7:F1} ms/page"));

    private static ServiceProvider Services(KeyCrmSandbox sandbox)
    {
        const string Prefix = "CrmSupportHub:Clients:0:";
        var values = new Dictionary<string, string?> { [Prefix + "Id"] = "bench", [Prefix + "Crm"] = "KeyCrm", [Prefix + "Connection:RequestsPerMinute"] = "1000000" };
        foreach (var (key, value) in sandbox.ClientSettings)
        {
            values[Prefix + key] = value;
        }

        var services = new ServiceCollection();
        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build()).AddKeyCrm();
        return services.BuildServiceProvider();
    }
}
