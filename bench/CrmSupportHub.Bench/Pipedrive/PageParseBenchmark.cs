using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CrmSupportHub.Connectors;
using CrmSupportHub.Connectors.Pipedrive;
using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Bench.Pipedrive;

/// <summary>
/// One thread turning 500-deal <c>GET /api/v2/deals</c> pages (as the sandbox serves them) into
/// <see cref="ExternalRequest"/>s: source-generated deserialization from a stream, then mapping.
/// </summary>
internal sealed class PipedriveParseBenchmark : IBenchmark
{
    private const int DealsPerPage = 500;

    public string Name => "pipedrive-parse";

    public string Description => "deserialize + map 500-deal v2 pages on one thread [--pages N, default 400]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var pages = args is ["--pages", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 400;
        var page = await SamplePageAsync().ConfigureAwait(false);
        var stages = new PipedriveStageMap([PipedriveSandbox.NewStageId], [PipedriveSandbox.WaitingStageId], [PipedriveSandbox.DoneStageId]);
        await output.WriteLineAsync($"page: {DealsPerPage} deals, {page.Length / 1024.0:F0} KiB of JSON").ConfigureAwait(false);

        // Warm-up long enough for tiered compilation to reach optimized (tier-1, PGO) code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
        {
            await ParseAsync(page, stages, 10).ConfigureAwait(false);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var deals = await ParseAsync(page, stages, pages).ConfigureAwait(false);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        // Wall time suffers when the machine is shared; CPU time of this one-thread loop does not.
        var perSecond = deals / watch.Elapsed.TotalSeconds;
        var perCpuSecond = deals / cpu.TotalSeconds;
        await output.WriteLineAsync(
            $"parsed {deals:N0} deals in {watch.Elapsed.TotalSeconds:F2} s wall ({perSecond:N0} deals/s), " +
            $"{cpu.TotalSeconds:F2} s CPU ({perCpuSecond:N0} deals per CPU-second, " +
            $"{page.Length * (double)pages / cpu.TotalSeconds / 1_048_576:F0} MiB/s); " +
            $"target >= 300,000 deals/s: {(Math.Max(perSecond, perCpuSecond) >= 300_000 ? "met" : "MISSED")}")
            .ConfigureAwait(false);
    }

    private static async Task<long> ParseAsync(byte[] page, PipedriveStageMap stages, int pages)
    {
        long count = 0;
        for (var i = 0; i < pages; i++)
        {
            using var stream = new MemoryStream(page, writable: false);
            var response = await JsonSerializer.DeserializeAsync(stream, PipedriveJsonContext.Default.PipedriveResponseListPipedriveDealDto)
                .ConfigureAwait(false);
            foreach (var deal in response!.Data!)
            {
                if (PipedriveMapper.ToRequest(deal, stages) is not null)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static async Task<byte[]> SamplePageAsync()
    {
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        sandbox.SeedRequests(DealsPerPage, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl) };
        http.DefaultRequestHeaders.Add("x-api-token", sandbox.Options.ApiToken);
        return await http.GetByteArrayAsync(new Uri("/api/v2/deals?pipeline_id=1&limit=500&sort_by=update_time", UriKind.Relative))
            .ConfigureAwait(false);
    }
}
