using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;

namespace CrmSupportHub.Connectors.KeyCrm.Tests;

/// <summary>The shared connector checks, against the KeyCRM sandbox.</summary>
[TestFixture]
public sealed class KeyCrmConformanceTests : ConnectorConformanceTests
{
    private KeyCrmSandbox KeyCrm => (KeyCrmSandbox)Sandbox;

    // Retry-After 0 keeps the 429 check fast; the header is still sent and honoured.
    protected override ISandboxCrm CreateSandbox() => new KeyCrmSandbox(new KeyCrmSandboxOptions { RetryAfter = TimeSpan.Zero });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddKeyCrm();

    protected override WebhookEnvelope? CreateWebhook(string clientId, string requestId, bool authentic)
    {
        var delivery = KeyCrm.CreateCardWebhook(long.Parse(requestId, System.Globalization.CultureInfo.InvariantCulture), authentic);
        return new WebhookEnvelope(clientId, "POST", delivery.ContentType, delivery.Headers, delivery.Query, delivery.Body);
    }
}
