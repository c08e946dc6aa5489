using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Connectors.Uspacy.Tests.Support;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Uspacy;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Http;

public sealed class UspacyRetryAfterTests
{
    [Test]
    public async Task ReadRequests_TooManyRequests_WaitsTheRetryAfterOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 7, 12, 0, 0, TimeSpan.Zero));
        using var sandbox = new UspacySandbox(new UspacySandboxOptions { TimeProvider = time, RetryAfter = TimeSpan.FromSeconds(2) });
        var ids = sandbox.SeedRequests(3, time.GetUtcNow().AddHours(-1));
        using var host = UspacyTestHost.Start(sandbox, time);
        sandbox.InjectFault(SandboxFault.TooManyRequests);

        var read = Task.Run(() => SyncReads.AllRequestsAsync(host.Connector, null));
        var waited = TimeSpan.Zero;
        while (!read.IsCompleted && waited < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(20);
            if (sandbox.ThrottledCount > 0)
            {
                time.Advance(TimeSpan.FromMilliseconds(250));
                waited += TimeSpan.FromMilliseconds(250);
            }
        }

        var requests = await read;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(ids));
            Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)), "the retry waited for Retry-After on the clock");
        }
    }
}
