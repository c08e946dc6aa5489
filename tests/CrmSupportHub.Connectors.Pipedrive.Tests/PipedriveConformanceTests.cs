using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

// [TestFixture] matters: the NUnit adapter skips an assembly that does not itself reference NUnit.
[TestFixture]
public sealed class PipedriveConformanceTests : ConnectorConformanceTests
{
    // Retry-After 0: the check proves the 429 is retried; honouring the delay itself is a unit test.
    protected override ISandboxCrm CreateSandbox() => new PipedriveSandbox(new PipedriveSandboxOptions { RetryAfter = TimeSpan.Zero });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddPipedrive();

    protected override WebhookEnvelope? CreateWebhook(string clientId, string requestId, bool authentic)
    {
        var webhook = ((PipedriveSandbox)Sandbox).CreateDealWebhook(long.Parse(requestId, System.Globalization.CultureInfo.InvariantCulture), authentic);
        return new WebhookEnvelope(clientId, "POST", webhook.ContentType, webhook.Headers, webhook.Query, webhook.Body);
    }
}
