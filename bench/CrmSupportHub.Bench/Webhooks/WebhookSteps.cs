using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Connectors;
using CrmSupportHub.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Webhooks;

/// <summary>The connector's share of a webhook, on one thread without HTTP: verifying it at intake, and parsing it when applied.</summary>
internal static class WebhookSteps
{
    public static async Task<string> MeasureAsync(IServiceProvider services, string clientId, SandboxWebhook webhook, int calls = 50_000)
    {
        var receiver = services.GetRequiredKeyedService<IWebhookReceiver>(clientId);
        var headers = new Dictionary<string, string>(webhook.Headers, StringComparer.OrdinalIgnoreCase);
        var received = new WebhookEnvelope(clientId, "POST", webhook.ContentType, headers, new Dictionary<string, string>(), webhook.Body);
        var stored = WebhookEnvelope.FromStored(clientId, webhook.ContentType, webhook.Body);
        var verify = await PerCallAsync(calls, async () => await receiver.VerifyAsync(received, CancellationToken.None));
        var parse = await PerCallAsync(calls, async () => await receiver.ParseAsync(stored, CancellationToken.None));
        return string.Create(CultureInfo.InvariantCulture, $"verify {verify:F1} us, parse {parse:F1} us per delivery (one thread, {calls:N0} calls each)");
    }

    private static async Task<double> PerCallAsync(int calls, Func<Task> call)
    {
        for (var i = 0; i < calls / 10; i++)
        {
            await call();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }
}
