using System.Globalization;
using CrmSupportHub.Connectors.Testing.Fuzzing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;

namespace CrmSupportHub.Connectors.KeyCrm.Tests;

/// <summary>Fuzzes the card page, user page, single card and automation webhook parsers.</summary>
[TestFixture]
public sealed class KeyCrmFuzzTests : ConnectorFuzzTests
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Connection:RequestsPerMinute"] = "1000000" };

    protected override ISandboxCrm CreateSandbox() => new KeyCrmSandbox(new KeyCrmSandboxOptions { RequestsPerMinute = 0 });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddKeyCrm();

    protected override WebhookEnvelope? CreateWebhook(ISandboxCrm sandbox, string clientId, string requestId)
    {
        var delivery = ((KeyCrmSandbox)sandbox).CreateCardWebhook(long.Parse(requestId, CultureInfo.InvariantCulture));
        return new WebhookEnvelope(clientId, "POST", delivery.ContentType, delivery.Headers, delivery.Query, delivery.Body);
    }
}
