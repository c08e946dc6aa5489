using System.Globalization;
using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Connectors.Uspacy.Tests;

[TestFixture]
public sealed class UspacyConformanceTests : ConnectorConformanceTests
{
    // Retry-After 0: the check proves the 429 is retried; honouring the delay itself is a unit test.
    protected override ISandboxCrm CreateSandbox() => new UspacySandbox(new UspacySandboxOptions { RetryAfter = TimeSpan.Zero });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddUspacy();

    protected override string CredentialKey => "Connection:ClientSecret";

    protected override string MisspeltKey => "Connection:ClientSecrt";

    protected override WebhookEnvelope? CreateWebhook(string clientId, string requestId, bool authentic)
    {
        var webhook = ((UspacySandbox)Sandbox).CreateItemWebhook(long.Parse(requestId, CultureInfo.InvariantCulture), authentic: authentic);
        return new WebhookEnvelope(clientId, "POST", webhook.ContentType, webhook.Headers, webhook.Query, webhook.Body);
    }
}
