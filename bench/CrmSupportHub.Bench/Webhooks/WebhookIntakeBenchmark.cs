using System.Globalization;
using System.Text.Json;
using CrmSupportHub.Bench.Common;
using CrmSupportHub.Bench.Hub;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Bench.Webhooks;

/// <summary>
/// wrk against the worker's real <c>POST /webhooks/{clientId}</c> (a Pipedrive client, valid Basic
/// auth, a new delivery id per request; each is committed to the inbox before it is acknowledged),
/// next to a bare endpoint in the same host that only answers 200. Afterwards the stored inbox rows
/// must equal the 2xx answers wrk counted.
/// </summary>
internal sealed class WebhookIntakeBenchmark : IBenchmark
{
    private const int Threads = 2;
    private const int Connections = 64;

    public string Name => "webhook-intake";

    public string Description => "wrk -c64 against POST /webhooks/{clientId} (stored before the 202) vs a bare 200 endpoint in the same host [--seconds 10]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        if (!Wrk.IsInstalled())
        {
            await output.WriteLineAsync("webhook-intake: wrk is not installed (Debian: apt-get install -y wrk); nothing measured.");
            Environment.ExitCode = 3;
            return;
        }

        var seconds = BenchArgs.Int(args, "--seconds", 10);
        using var temp = new TempDirectory();
        using var sandbox = new PipedriveSandbox();
        var deal = sandbox.CreateDeal("The printer on floor 2 is down");
        var webhook = sandbox.CreateDealWebhook(deal.Id);
        var forged = sandbox.CreateDealWebhook(deal.Id, authentic: false).Headers["Authorization"];
        var body = webhook.Body.ToArray();
        using var json = JsonDocument.Parse(body);
        var deliveryId = json.RootElement.GetProperty("meta").GetProperty("id").GetString()!;
        var database = temp.File("intake.db");
        await using var hub = await BenchHub.CreateAsync(database, [("warm-up", sandbox), ("bench", sandbox)]);
        hub.MapBare("/bare");
        await hub.StartAsync();
        var bareUrl = new Uri(hub.Address!, "/bare");
        var hookUrl = new Uri(hub.Address!, "/webhooks/bench");
        var bareScript = WrkScript.Write(temp.Path, body, deliveryId, webhook.Headers["Authorization"], forged, activeSeconds: null);
        var hookScript = WrkScript.Write(temp.Path, body, deliveryId, webhook.Headers["Authorization"], forged, activeSeconds: seconds);

        // Warm-up (JIT tiers, pools), then a pause for the background JIT to finish promoting. With
        // wrk keeping both cores busy, tiered compilation falls behind: a shorter warm-up left over
        // a thousand methods still being compiled during the measured run, a start-up cost that a
        // worker running for days does not have.
        await Wrk.RunAsync(bareUrl, bareScript, Threads, Connections, 3);
        for (var round = 0; round < 2; round++)
        {
            await Wrk.RunAsync(new Uri(hub.Address!, "/webhooks/warm-up"), WrkScript.Write(temp.Path, body, deliveryId, webhook.Headers["Authorization"], forged, 5), Threads, Connections, 6);
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        await output.WriteLineAsync($"webhook-intake: wrk -t{Threads} -c{Connections}, {body.Length} B Pipedrive deal webhook, {seconds} s each; {MachineLoad.Describe()}");
        await output.WriteLineAsync($"  connector alone: {await WebhookSteps.MeasureAsync(hub.Services, "warm-up", webhook)}");

        var (bareCost, bare) = await Measured.RunAsync(() => Wrk.RunAsync(bareUrl, bareScript, Threads, Connections, seconds));
        var (hookCost, hooks) = await Measured.RunAsync(() => Wrk.RunAsync(hookUrl, hookScript, Threads, Connections, seconds + 1));
        var stored = await InboxRows.ReadAsync(database, "bench");
        var rate = stored.Rows / stored.Span.TotalSeconds;

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
              baseline: bare 200 endpoint  {bare.PerSecond,9:N0} req/s  p50 {bare.P50Ms:F2} ms  p99 {bare.P99Ms:F2} ms  ({bare.Requests:N0} requests, {bare.SocketErrors} socket errors)
              webhooks stored, then 202    {rate,9:N0} /s     p50 {hooks.P50Ms:F2} ms  p99 {hooks.P99Ms:F2} ms  (p99 over every request, the 401 tail included)
              stored inbox rows {stored.Rows:N0} over {stored.Span.TotalSeconds:F2} s; wrk 2xx answers {hooks.Successes:N0}: {(stored.Rows == hooks.Successes ? "equal" : "DIFFERENT")}; then {hooks.StatusErrors:N0} forged (401, not stored), {hooks.SocketErrors} socket errors
              inbox processor applied {stored.Processed:N0} of them meanwhile
              worker CPU per request (wrk excluded): bare {bareCost.Cpu.TotalMicroseconds / bare.Requests:F0} us, webhooks {hookCost.Cpu.TotalMicroseconds / hooks.Requests:F0} us (401 tail and inbox processor included)
              allocated per request: bare {bareCost.Allocated / bare.Requests:N0} B, webhooks {hookCost.Allocated / hooks.Requests:N0} B; webhook run: {hookCost.Costs}
              webhooks / bare = {rate / bare.PerSecond:P0}; target >= 15,000/s with p99 < 20 ms: {(rate >= 15_000 && hooks.P99Ms < 20 ? "met" : "MISSED")}
            after the run: {MachineLoad.Describe()}
            """));
        if (stored.Rows != hooks.Successes)
        {
            Environment.ExitCode = 1;
        }
    }
}
