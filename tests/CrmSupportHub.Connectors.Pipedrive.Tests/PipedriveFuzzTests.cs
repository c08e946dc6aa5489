using System.Globalization;
using CrmSupportHub.Connectors.Testing.Fuzzing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>Fuzzes the deal page, user list, single deal and webhook parsers.</summary>
[TestFixture]
public sealed class PipedriveFuzzTests : ConnectorFuzzTests
{
    protected override ISandboxCrm CreateSandbox() => new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddPipedrive();

    protected override WebhookEnvelope? CreateWebhook(ISandboxCrm sandbox, string clientId, string requestId)
    {
        var delivery = ((PipedriveSandbox)sandbox).CreateDealWebhook(long.Parse(requestId, CultureInfo.InvariantCulture));
        return new WebhookEnvelope(clientId, "POST", delivery.ContentType, delivery.Headers, delivery.Query, delivery.Body);
    }
}
