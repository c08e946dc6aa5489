using System.Globalization;
using System.Text.Json;
using CrmSupportHub.Bench.Common;
using CrmSupportHub.Connectors.Pipedrive;
using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Bench.Pipedrive;

/// <summary>
/// One thread turning 500-deal <c>GET /api/v2/deals</c> pages (as the sandbox serves them) into
/// <see cref="Connectors.ExternalRequest"/>s the way the connector does (source-generated
/// deserialization from a stream, then mapping), next to two baselines over the same bytes: a
/// System.Text.Json DOM and a bare Utf8JsonReader token walk.
/// </summary>
internal sealed class PageParseBenchmark : IBenchmark
{
    private const int DealsPerPage = 500;

    public string Name => "page-parse";

    public string Description => "parse + map 500-deal Pipedrive pages on one thread vs JsonDocument and Utf8JsonReader baselines [--pages 400] [--rounds 3]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var pages = BenchArgs.Int(args, "--pages", 400);
        var rounds = BenchArgs.Int(args, "--rounds", 3);
        var page = await SamplePageAsync();
        var stages = new PipedriveStageMap([PipedriveSandbox.NewStageId], [PipedriveSandbox.WaitingStageId], [PipedriveSandbox.DoneStageId]);
        var variants = new (string Label, Func<byte[], Task<int>> Parse)[]
        {
            ("connector: deserialize + map", bytes => ConnectorAsync(bytes, stages)),
            ("baseline: JsonDocument DOM", DomAsync),
            ("baseline: Utf8JsonReader walk", bytes => Task.FromResult(TokenWalk(bytes))),
        };
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"page-parse: {DealsPerPage} deals a page, {page.Length / 1024.0:F0} KiB of JSON, {pages} pages a round, one thread; {MachineLoad.Describe()}"));

        // Warm-up long enough for tiered compilation to reach optimized (tier-1, PGO) code.
        foreach (var (_, parse) in variants)
        {
            await RepeatAsync(page, parse, pages / 4);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var best = new Dictionary<string, Measured>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (label, parse) in variants)
            {
                var (time, deals) = await Measured.RunAsync(() => RepeatAsync(page, parse, pages));
                if (deals != (long)pages * DealsPerPage)
                {
                    throw new InvalidOperationException($"{label} counted {deals} deals.");
                }

                if (!best.TryGetValue(label, out var seen) || time.Cpu < seen.Cpu)
                {
                    best[label] = time;
                }
            }
        }

        var total = (long)pages * DealsPerPage;
        foreach (var (label, _) in variants)
        {
            await output.WriteLineAsync($"  {label,-32} {best[label].Describe(total, "deals")}");
        }

        var connector = best[variants[0].Label];
        var rate = Math.Max(connector.PerSecond(total), total / connector.Cpu.TotalSeconds);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"best of {rounds} rounds (least CPU); connector vs DOM {total / connector.Cpu.TotalSeconds / (total / best[variants[1].Label].Cpu.TotalSeconds):P0} " +
            $"and vs token walk {total / connector.Cpu.TotalSeconds / (total / best[variants[2].Label].Cpu.TotalSeconds):P0} per CPU-second; " +
            $"target >= 300,000 deals/s: {(rate >= 300_000 ? "met" : "MISSED")}"));
    }

    private static async Task<long> RepeatAsync(byte[] page, Func<byte[], Task<int>> parse, int pages)
    {
        long deals = 0;
        for (var i = 0; i < pages; i++)
        {
            deals += await parse(page);
        }

        return deals;
    }

    private static async Task<int> ConnectorAsync(byte[] page, PipedriveStageMap stages)
    {
        using var stream = new MemoryStream(page, writable: false);
        var response = await JsonSerializer.DeserializeAsync(stream, PipedriveJsonContext.Default.PipedriveResponseListPipedriveDealDto);
        var count = 0;
        foreach (var deal in response!.Data!)
        {
            if (PipedriveMapper.ToRequest(deal, stages) is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The DOM baseline: parse from the stream and visit every deal's fields, keeping nothing.</summary>
    private static async Task<int> DomAsync(byte[] page)
    {
        using var stream = new MemoryStream(page, writable: false);
        using var document = await JsonDocument.ParseAsync(stream);
        var count = 0;
        foreach (var deal in document.RootElement.GetProperty("data").EnumerateArray())
        {
            if (deal.GetProperty("id").ValueKind == JsonValueKind.Number && deal.GetProperty("update_time").ValueKind == JsonValueKind.String)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The floor: every token read once, objects directly inside <c>data</c> counted.</summary>
    private static int TokenWalk(byte[] page)
    {
        var reader = new Utf8JsonReader(page);
        var count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                count++;
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
        return await http.GetByteArrayAsync(new Uri("/api/v2/deals?pipeline_id=1&limit=500&sort_by=update_time", UriKind.Relative));
    }
}
