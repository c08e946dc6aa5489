using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Uspacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Uspacy;

/// <summary>
/// The Uspacy connector against its sandbox: a full read, an incremental read after some moves, and
/// a burst of concurrent calls on a revoked token (which must cost exactly one sign-in).
/// </summary>
internal sealed class UspacySyncBenchmark : IBenchmark
{
    public string Name => "uspacy-sync";

    public string Description => "Uspacy connector vs sandbox: full and incremental request reads, sign-in under a concurrent burst [requests] [pageSize] [burst]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var requests = Arg(args, 0, 5_000);
        var pageSize = Arg(args, 1, 100);
        var burst = Arg(args, 2, 200);
        using var sandbox = new UspacySandbox(new UspacySandboxOptions { SignInLatency = TimeSpan.FromMilliseconds(20) });
        var now = TimeProvider.System.GetUtcNow();
        var ids = sandbox.SeedRequests(requests, now.AddDays(-3));
        sandbox.SeedUsers(50);
        await using var services = Build(sandbox, pageSize);
        var connector = services.GetRequiredKeyedService<ICrmConnector>("bench");
        var source = (IRequestSource)connector;
        await connector.CheckConnectionAsync(CancellationToken.None); // sign-in and JIT outside the timings
        var warmUpCalls = sandbox.CallCount;

        var (fullCursor, fullRead, fullPages, fullTime) = await ReadAllAsync(source, null);
        output.WriteLine($"full read:        {fullRead} requests in {fullPages} pages, {Ms(fullTime)} ms, {fullRead / fullTime.TotalSeconds:F0} requests/s, {sandbox.CallCount - warmUpCalls} calls");

        foreach (var id in ids.Take(50))
        {
            sandbox.MoveRequest(id, StageCategory.Working, now);
        }

        var calls = sandbox.CallCount;
        var (_, incrementalRead, incrementalPages, incrementalTime) = await ReadAllAsync(source, fullCursor);
        output.WriteLine($"incremental read: {incrementalRead} requests (50 moved) in {incrementalPages} pages, {Ms(incrementalTime)} ms, {sandbox.CallCount - calls} calls");

        sandbox.RevokeTokens();
        var signIns = sandbox.SignInCount;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, burst).Select(i => Task.Run(async () =>
            await source.ReadRequestAsync(ids[i % ids.Count], CancellationToken.None))));
        output.WriteLine($"revoked token:    {burst} concurrent reads in {Ms(clock.Elapsed)} ms, {sandbox.SignInCount - signIns} sign-in(s), at most {sandbox.MaxConcurrentSignIns} at a time");
    }

    private static async Task<(SyncCursor? Cursor, int Read, int Pages, TimeSpan Time)> ReadAllAsync(IRequestSource source, SyncCursor? since)
    {
        var clock = Stopwatch.StartNew();
        SyncCursor? cursor = null;
        int read = 0, pages = 0;
        await foreach (var page in source.ReadRequestsAsync(since, CancellationToken.None))
        {
            read += page.Items.Count;
            pages++;
            cursor = page.Cursor;
        }

        return (cursor, read, pages, clock.Elapsed);
    }

    private static ServiceProvider Build(UspacySandbox sandbox, int pageSize)
    {
        var values = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Id"] = "bench",
            ["CrmSupportHub:Clients:0:Crm"] = "Uspacy",
            ["CrmSupportHub:Clients:0:Settings:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in sandbox.ClientSettings)
        {
            values["CrmSupportHub:Clients:0:" + key] = value;
        }

        var services = new ServiceCollection();
        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build()).AddUspacy();
        return services.BuildServiceProvider();
    }

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
