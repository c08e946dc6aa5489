using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.NetHunt;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

/// <summary>The shared connector checks against the NetHunt sandbox.</summary>
// [TestFixture] matters: the NUnit adapter skips an assembly that does not itself reference NUnit.
[TestFixture]
public sealed class NetHuntConformanceTests : ConnectorConformanceTests
{
    protected override string CredentialKey => "Connection:ApiKey";

    protected override string MisspeltKey => "Settings:FolderID_";

    protected override string UnknownRequestId => "65ffffffffffffffffffffff";

    // Retry-After 0: the check proves the 429 is retried; honouring the delay itself is a unit test
    // (NetHuntConnectorTests.ReadRequests_TooManyRequests_WaitsForRetryAfterOnTheInjectedClock).
    protected override ISandboxCrm CreateSandbox() => new NetHuntSandbox(new NetHuntSandboxOptions { RetryAfter = TimeSpan.Zero });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddNetHunt();

    /// <summary>NetHunt's public API has no webhooks (its Zapier and Pipedream triggers poll): the webhook checks pass with that reason.</summary>
    protected override WebhookEnvelope? CreateWebhook(string clientId, string requestId, bool authentic) => null;
}
