using System.Globalization;
using CrmSupportHub.Connectors;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using CrmSupportHub.Sandbox.NetHunt;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Bench.Fuzz;

/// <summary>One connector as the fuzz benchmark drives it: its sandbox, registration, settings and webhooks.</summary>
internal sealed record FuzzedCrm(
    string Name,
    Func<ISandboxCrm> CreateSandbox,
    Action<ICrmSupportHubBuilder> Register,
    IReadOnlyDictionary<string, string?> Settings,
    Func<ISandboxCrm, string, string, WebhookEnvelope?> CreateWebhook)
{
    private static readonly Dictionary<string, string?> NoRetries = new() { ["Connection:MaxRetries"] = "0", ["Settings:PageSize"] = "2" };

    public static IReadOnlyList<FuzzedCrm> All { get; } =
    [
        new("Pipedrive", () => new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 }), hub => hub.AddPipedrive(), NoRetries,
            (sandbox, client, id) => Envelope(client, ((PipedriveSandbox)sandbox).CreateDealWebhook(Id(id)))),
        new("KeyCrm", () => new KeyCrmSandbox(new KeyCrmSandboxOptions { RequestsPerMinute = 0 }), hub => hub.AddKeyCrm(),
            new Dictionary<string, string?>(NoRetries) { ["Connection:RequestsPerMinute"] = "1000000" },
            (sandbox, client, id) => Envelope(client, ((KeyCrmSandbox)sandbox).CreateCardWebhook(Id(id)))),
        new("NetHunt", () => new NetHuntSandbox(), hub => hub.AddNetHunt(), NoRetries, (_, _, _) => null),
        new("Uspacy", () => new UspacySandbox(), hub => hub.AddUspacy(), NoRetries,
            (sandbox, client, id) => Envelope(client, ((UspacySandbox)sandbox).CreateItemWebhook(Id(id)))),
    ];

    private static long Id(string id) => long.Parse(id, CultureInfo.InvariantCulture);

    private static WebhookEnvelope Envelope(string clientId, SandboxWebhook delivery) =>
        new(clientId, "POST", delivery.ContentType, delivery.Headers, delivery.Query, delivery.Body);
}
