using CrmSupportHub.Sandbox.Pipedrive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>The connector against the sandbox's burst window, both on one fake clock.</summary>
public class PipedriveBurstLimitTests
{
    [Test]
    public async Task ReadRequests_MorePagesThanTheBurstAllows_PacesItselfWithout429s()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { TimeProvider = time, BurstLimit = 3 });
        var ids = sandbox.SeedRequests(9, time.GetUtcNow().AddDays(-1));
        await using var services = PipedriveHost.Start(
            sandbox,
            // The attempt timeout runs on the fake clock too: keep it out of reach of the advancing below.
            new Dictionary<string, string?> { ["Settings:PageSize"] = "2", ["Connection:Timeout"] = "01:00:00" },
            s => s.AddSingleton<TimeProvider>(time));

        var read = ReadAllAsync(services.Get<IRequestSource>());
        for (var step = 0; step < 200 && !read.IsCompleted; step++)
        {
            await Task.Delay(10); // lets a paced request arm its wait, then moves the clock on
            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        var requests = await read.WaitAsync(TimeSpan.FromSeconds(10));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(ids));
            Assert.That(sandbox.CallCount, Is.EqualTo(5), "five pages of two");
            Assert.That(sandbox.ThrottledCount, Is.Zero, "waited for x-ratelimit-reset instead of hitting 429");
        }
    }

    private static async Task<List<ExternalRequest>> ReadAllAsync(IRequestSource source)
    {
        var requests = new List<ExternalRequest>();
        await foreach (var page in source.ReadRequestsAsync(null, CancellationToken.None))
        {
            requests.AddRange(page.Items);
        }

        return requests;
    }
}
