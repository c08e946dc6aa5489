using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.NetHunt;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

/// <summary>The shared connector checks against the NetHunt sandbox.</summary>
[TestFixture]
public sealed class NetHuntConformanceTests : ConnectorConformanceTests
{
    protected override string CredentialKey => "Connection:ApiKey";

    protected override string MisspeltKey => "Settings:FolderID_";

    protected override string UnknownRequestId => "65ffffffffffffffffffffff";

    protected override ISandboxCrm CreateSandbox() => new NetHuntSandbox();

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddNetHunt();

    /// <summary>NetHunt's public API has no webhooks (its Zapier and Pipedream triggers poll): the webhook checks pass with that reason.</summary>
    protected override WebhookEnvelope? CreateWebhook(string clientId, string requestId, bool authentic) => null;
}
