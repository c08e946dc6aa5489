using CrmSupportHub.Connectors.Testing.Faults;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.NetHunt;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

/// <summary>
/// The shared fault matrix against the NetHunt sandbox. NetHunt has no pages, only watermark feeds:
/// an incremental step calls <c>new-record</c> then <c>updated-record</c>, so the fault waits two calls
/// to hit the second step of the updated feed, the feed's equivalent of a second page.
/// </summary>
[TestFixture]
public sealed class NetHuntFaultMatrixTests : ConnectorFaultMatrixTests
{
    protected override bool HasCircuitBreaker => true;

    protected override int FaultAfterCalls => 2;

    protected override ISandboxCrm CreateSandbox() => new NetHuntSandbox(new NetHuntSandboxOptions
    {
        RetryAfter = TimeSpan.Zero,
        SlowDelay = TimeSpan.FromSeconds(5),
    });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddNetHunt();
}
