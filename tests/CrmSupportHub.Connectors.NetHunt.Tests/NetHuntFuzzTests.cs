using CrmSupportHub.Connectors.Testing.Fuzzing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.NetHunt;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

/// <summary>Fuzzes the record feed, change log (users) and find-record parsers; NetHunt has no webhooks.</summary>
[TestFixture]
public sealed class NetHuntFuzzTests : ConnectorFuzzTests
{
    protected override ISandboxCrm CreateSandbox() => new NetHuntSandbox();

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddNetHunt();

    protected override WebhookEnvelope? CreateWebhook(ISandboxCrm sandbox, string clientId, string requestId) => null;
}
