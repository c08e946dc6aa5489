using CrmSupportHub.Connectors.Testing.Faults;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Connectors.Uspacy.Tests;

/// <summary>The shared fault matrix against the Uspacy sandbox (faults hit data calls; sign-ins are never re-sent).</summary>
[TestFixture]
public sealed class UspacyFaultMatrixTests : ConnectorFaultMatrixTests
{
    protected override bool HasCircuitBreaker => true;

    protected override ISandboxCrm CreateSandbox() => new UspacySandbox(new UspacySandboxOptions
    {
        RetryAfter = TimeSpan.Zero,
        SlowDelay = TimeSpan.FromSeconds(5),
    });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddUspacy();
}
