using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Sla;
using CrmSupportHub.Worker.Sync;
using CrmSupportHub.Worker.Tests.EndToEnd;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Worker.Tests.Sla;

/// <summary>A Pipedrive sandbox, a temp database and a fake clock shared by the hubs a test starts (a restart is a second hub on the same file).</summary>
internal sealed class SlaHubFixture : IDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 in Kyiv.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("crm-hub-sla-").FullName;

    public SlaHubFixture()
    {
        Crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0, TimeProvider = Time });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public PipedriveSandbox Crm { get; }

    public string Database => Path.Combine(_directory, "hub.db");

    /// <summary>Reaction target one hour, round the clock, default warnings at 50 % and 80 %.</summary>
    public Task<HubUnderTest> StartHubAsync(IReadOnlyDictionary<string, string?>? extra = null, Action<WebApplicationBuilder>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:ReactionTime"] = "01:00:00",
            ["CrmSupportHub:Clients:0:Connection:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return HubUnderTest.StartAsync(Crm, Database, settings, polling: false, time: Time, configure: configure);
    }

    public static async Task SyncAsync(HubUnderTest hub)
    {
        var result = await hub.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: false, null, CancellationToken.None);
        Assert.That(result.Succeeded, Is.True, result.Error);
    }

    public static async Task<IReadOnlyList<SlaOutboxItem>> OutboxAsync(HubUnderTest hub) =>
        await hub.Services.GetRequiredService<ISlaEventOutbox>().ListRecentAsync("acme", null, 100, CancellationToken.None);

    /// <summary>Waits (in real time) until the outbox holds <paramref name="count"/> items; the scheduler works in the background.</summary>
    public static async Task<IReadOnlyList<string>> WaitForMilestonesAsync(HubUnderTest hub, int count)
    {
        await hub.Services.GetRequiredService<SlaMilestoneScheduler>().CaughtUp.WaitAsync(TimeSpan.FromSeconds(10));
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        IReadOnlyList<SlaOutboxItem> items;
        do
        {
            items = await OutboxAsync(hub);
            if (items.Count >= count)
            {
                break;
            }

            await Task.Delay(20);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);

        return [.. items.OrderBy(i => i.Id).Select(i => i.Notification.Key.Milestone)];
    }

    /// <summary>Lets queued reviews finish so a test can assert that nothing more fired.</summary>
    public static async Task SettleAsync(HubUnderTest hub)
    {
        var scheduler = hub.Services.GetRequiredService<SlaMilestoneScheduler>();
        await scheduler.CaughtUp.WaitAsync(TimeSpan.FromSeconds(10));
        await scheduler.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
