using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Connectors;
using CrmSupportHub.Sandbox.Pipedrive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Pipedrive;

/// <summary>A full deal read through AddPipedrive (Refit, resilience, paging) from a sandbox without a rate limit.</summary>
internal sealed class PipedriveFullSyncBenchmark : IBenchmark
{
    public string Name => "pipedrive-full-sync";

    public string Description => "full read of N deals (500 per page) from the sandbox, no rate limit [--deals N, default 10000]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var count = args is ["--deals", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        sandbox.SeedRequests(count, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var services = Services(sandbox);
        var source = services.GetRequiredKeyedService<IRequestSource>("bench");

        await ReadAllAsync(source).ConfigureAwait(false); // warm-up
        for (var run = 1; run <= 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var (deals, pages) = await ReadAllAsync(source).ConfigureAwait(false);
            watch.Stop();
            await output.WriteLineAsync(
                $"run {run}: {deals:N0} deals in {pages} pages, {watch.Elapsed.TotalSeconds:F2} s, {deals / watch.Elapsed.TotalSeconds:N0} deals/s")
                .ConfigureAwait(false);
        }
    }

    private static async Task<(int Deals, int Pages)> ReadAllAsync(IRequestSource source)
    {
        int deals = 0, pages = 0;
        await foreach (var page in source.ReadRequestsAsync(null, CancellationToken.None).ConfigureAwait(false))
        {
            deals += page.Items.Count;
            pages++;
        }

        return (deals, pages);
    }

    private static ServiceProvider Services(PipedriveSandbox sandbox)
    {
        var values = sandbox.ClientSettings
            .Select(kv => KeyValuePair.Create("CrmSupportHub:Clients:0:" + kv.Key, kv.Value))
            .Append(KeyValuePair.Create<string, string?>("CrmSupportHub:Clients:0:Id", "bench"))
            .Append(KeyValuePair.Create<string, string?>("CrmSupportHub:Clients:0:Crm", "Pipedrive"));
        var services = new ServiceCollection();
        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build()).AddPipedrive();
        return services.BuildServiceProvider();
    }
}
