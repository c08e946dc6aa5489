using CrmSupportHub.Bench.Common;
using CrmSupportHub.Sandbox.KeyCrm;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Bench.Backfill;

/// <summary>
/// Backfills through the worker against sandboxes holding the CRMs' documented limits: Pipedrive's
/// burst window (20 requests per rolling 2 s, Lite plan) at 500 deals a page, and KeyCRM's 60
/// requests a minute at 50 cards a page.
/// </summary>
internal sealed class BackfillBenchmark : IBenchmark
{
    public string Name => "backfill";

    public string Description => "worker backfill vs the rate-limit ceiling: Pipedrive 20 req/2 s x 500, KeyCRM 60 req/min x 50 [--quick] [--crm pipedrive|keycrm]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var quick = BenchArgs.Flag(args, "--quick");
        var crm = BenchArgs.Text(args, "--crm");
        if (crm is null or "pipedrive")
        {
            // 200 pages (ceiling 18 s), or 40 with --quick (ceiling 2 s).
            var pipedrive = new BackfillCase("Pipedrive", quick ? 20_000 : 100_000, 500, 20, TimeSpan.FromSeconds(2));
            await pipedrive.RunAsync(
                limited => new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = limited ? 20 : 0 }),
                new Dictionary<string, string?>(),
                output);
        }

        if (crm is null or "keycrm")
        {
            // 90 pages: 60 in the first minute, 30 in the second (ceiling 60 s); 61 with --quick (ceiling 60 s too).
            var keyCrm = new BackfillCase("KeyCRM", quick ? 3_050 : 4_500, 50, 60, TimeSpan.FromMinutes(1));
            await keyCrm.RunAsync(
                limited => new KeyCrmSandbox(new KeyCrmSandboxOptions { RequestsPerMinute = limited ? 60 : 0 }),
                new Dictionary<string, string?> { ["Connection:RequestsPerMinute"] = "1000000" },
                output);
        }
    }
}
