using CrmSupportHub.Connectors.Testing.Faults;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>The shared fault matrix against the Pipedrive sandbox (no burst limit: faults are injected, not earned).</summary>
[TestFixture]
public sealed class PipedriveFaultMatrixTests : ConnectorFaultMatrixTests
{
    protected override bool HasCircuitBreaker => true;

    protected override ISandboxCrm CreateSandbox() => new PipedriveSandbox(new PipedriveSandboxOptions
    {
        BurstLimit = 0,
        RetryAfter = TimeSpan.Zero,
        SlowDelay = TimeSpan.FromSeconds(5),
    });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddPipedrive();
}
