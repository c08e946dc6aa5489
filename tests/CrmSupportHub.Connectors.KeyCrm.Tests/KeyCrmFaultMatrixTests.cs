using CrmSupportHub.Connectors.Testing.Faults;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;

namespace CrmSupportHub.Connectors.KeyCrm.Tests;

/// <summary>
/// The shared fault matrix against the KeyCRM sandbox. KeyCRM's pipeline has no circuit breaker (its
/// client paces itself under the per-minute limit), so the breaker case checks the equivalent.
/// </summary>
[TestFixture]
public sealed class KeyCrmFaultMatrixTests : ConnectorFaultMatrixTests
{
    protected override bool HasCircuitBreaker => false;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Connection:RequestsPerMinute"] = "6000" };

    protected override ISandboxCrm CreateSandbox() => new KeyCrmSandbox(new KeyCrmSandboxOptions
    {
        RequestsPerMinute = 0,
        RetryAfter = TimeSpan.Zero,
        SlowDelay = TimeSpan.FromSeconds(5),
    });

    protected override void Register(ICrmSupportHubBuilder hub) => hub.AddKeyCrm();
}
