using System.Globalization;
using CrmSupportHub.Connectors.Testing.Fuzzing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Connectors.Uspacy.Tests;

/// <summary>Fuzzes the item page, user list, single item and webhook parsers.</summary>
[TestFixture]
public sealed class UspacyFuzzTests : ConnectorFuzzTests
{
    protected override ISandboxCrm CreateSandbox() => new UspacySandbox();

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddUspacy();

    protected override WebhookEnvelope? CreateWebhook(ISandboxCrm sandbox, string clientId, string requestId)
    {
        var delivery = ((UspacySandbox)sandbox).CreateItemWebhook(long.Parse(requestId, CultureInfo.InvariantCulture));
        return new WebhookEnvelope(clientId, "POST", delivery.ContentType, delivery.Headers, delivery.Query, delivery.Body);
    }
}
