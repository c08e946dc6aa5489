using CrmSupportHub.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Testing.Faults;

public abstract partial class ConnectorFaultMatrixTests
{
    /// <summary>More failed calls than the breakers' minimum throughput (20).</summary>
    private const int FailingReads = 20;

    /// <summary>Longer than any break duration the connectors use (30 s), and than their sampling window.</summary>
    private static readonly TimeSpan PastBreak = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A breaker opens under repeated 503s (calls stop reaching the CRM), stays open while the break
    /// lasts even once the CRM is healthy, lets a probe through afterwards (half-open) and closes when
    /// it succeeds. A connector without a breaker shows the equivalent: every read still reaches the
    /// CRM while it fails, and the first read after it recovers succeeds.
    /// </summary>
    [Test]
    public async Task CircuitBreaker_RepeatedFailures_OpensThenClosesOnceHealthy()
    {
        var ids = Sandbox.SeedRequests(3, Now.AddHours(-1));
        var time = new FakeTimeProvider(Now);
        // No retries: their backoff would wait on the frozen clock; each read is one call.
        var source = StartHost(new Dictionary<string, string?> { ["Connection:MaxRetries"] = "0" }, s => s.AddSingleton<TimeProvider>(time))
            .Get<IRequestSource>(ClientId);
        Sandbox.InjectFault(SandboxFault.ServiceUnavailable, times: 1_000);
        for (var i = 0; i < FailingReads; i++)
        {
            await ReadFailsAsync(source);
        }

        var calls = Sandbox.CallCount;
        var whileFailing = await ReadFailsAsync(source);
        var callsWhileFailing = Sandbox.CallCount - calls;
        Sandbox.ClearFaults();
        calls = Sandbox.CallCount;
        var healthyButOpen = HasCircuitBreaker ? await ReadFailsAsync(source) : null;
        var callsWhileOpen = Sandbox.CallCount - calls;
        time.Advance(PastBreak);
        var probe = await SyncReads.AllRequestsAsync(source, null, Deadline);
        var closed = await SyncReads.AllRequestsAsync(source, null, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileFailing.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(callsWhileFailing, Is.EqualTo(HasCircuitBreaker ? 0 : 1), HasCircuitBreaker ? "the open breaker spares the CRM" : "without a breaker every read reaches the CRM");
            if (HasCircuitBreaker)
            {
                Assert.That(healthyButOpen!.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
                Assert.That(callsWhileOpen, Is.Zero, "the breaker stays open until its break ends");
            }

            Assert.That(probe.Select(r => r.Id), Is.EquivalentTo(ids), "after the break a probe gets through and succeeds");
            Assert.That(closed.Select(r => r.Id), Is.EquivalentTo(ids), "the successful probe closed the breaker");
        }
    }

    private async Task<ConnectorException> ReadFailsAsync(IRequestSource source) =>
        (await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(source, null, Deadline)))!;
}
