using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Sync;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Worker.Tests.EndToEnd;

/// <summary>Sync health as the worker records it when the CRM fails with 503s, then recovers.</summary>
[Category("EndToEnd")]
public sealed class SyncHealthEndToEndTests
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["CrmSupportHub:Clients:0:Connection:MaxRetries"] = "1",
        ["CrmSupportHub:Clients:0:Connection:RetryBaseDelay"] = "00:00:00.010",
        ["CrmSupportHub:Clients:0:Connection:Timeout"] = "00:00:05",
    };

    private PipedriveSandbox _crm = null!;
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        _directory = Directory.CreateTempSubdirectory("crm-hub-health-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task Sync_FailingWith503sThenHealthy_RecordsTheErrorsThenClearsThem()
    {
        _crm.SeedUsers(2);
        _crm.SeedRequests(3, TimeProvider.System.GetUtcNow().AddHours(-2));
        await using var hub = await HubUnderTest.StartAsync(_crm, Path.Combine(_directory, "hub.db"), FastRetries);
        var health = hub.Services.GetRequiredService<ISyncStateStore>();
        _crm.InjectFault(SandboxFault.ServiceUnavailable, times: 1_000);

        var failed = new[] { await SyncBothAsync(hub), await SyncBothAsync(hub) }.SelectMany(r => r).ToList();
        var failing = await StatesAsync(health);
        _crm.ClearFaults();
        var recovered = await SyncBothAsync(hub);
        var healed = await StatesAsync(health);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Select(r => r.Succeeded), Is.All.False);
            Assert.That(recovered.Select(r => r.Error), Is.All.Null);
            foreach (var (stream, state) in failing)
            {
                Assert.That(state.LastError, Does.Contain("503"), stream);
                Assert.That(state.ConsecutiveFailures, Is.EqualTo(2), stream);
                Assert.That(state.LastSuccessAt, Is.Null, stream);
            }

            foreach (var (stream, state) in healed)
            {
                Assert.That(state.ConsecutiveFailures, Is.Zero, stream);
                Assert.That(state.LastSuccessAt, Is.GreaterThan(state.LastErrorAt!.Value), stream);
            }
        }
    }

    [Test]
    public async Task Sync_UnreadableSavedCursor_IsRecordedAsTheClientsErrorAndAFullSyncRecovers()
    {
        _crm.SeedRequests(3, TimeProvider.System.GetUtcNow().AddHours(-2));
        await using var hub = await HubUnderTest.StartAsync(_crm, Path.Combine(_directory, "hub.db"), FastRetries);
        var health = hub.Services.GetRequiredService<ISyncStateStore>();
        var sync = hub.Services.GetRequiredService<RequestSyncService>();
        await health.SaveCursorAsync(new SyncCheckpoint("acme", SyncStreams.Requests, "{not a cursor", TimeProvider.System.GetUtcNow()), CancellationToken.None);

        var broken = await sync.SyncAsync("acme", full: false, null, CancellationToken.None);
        var recorded = await health.GetAsync("acme", SyncStreams.Requests, CancellationToken.None);
        var full = await sync.SyncAsync("acme", full: true, null, CancellationToken.None);
        var healed = await health.GetAsync("acme", SyncStreams.Requests, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(broken.Succeeded, Is.False, "the error is returned, not thrown at the scheduler");
            Assert.That(recorded!.LastError, Does.Contain("cursor").And.Contain("--full"));
            Assert.That(recorded.ConsecutiveFailures, Is.EqualTo(1));
            Assert.That(full.Error, Is.Null);
            Assert.That(full.Changed, Is.EqualTo(3));
            Assert.That(healed!.ConsecutiveFailures, Is.Zero);
        }
    }

    private static async Task<SyncRunResult[]> SyncBothAsync(HubUnderTest hub) =>
    [
        await hub.Services.GetRequiredService<UserSyncService>().SyncAsync("acme", CancellationToken.None),
        await hub.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: false, null, CancellationToken.None),
    ];

    private static async Task<Dictionary<string, SyncState>> StatesAsync(ISyncStateStore health) => new()
    {
        [SyncStreams.Users] = (await health.GetAsync("acme", SyncStreams.Users, CancellationToken.None))!,
        [SyncStreams.Requests] = (await health.GetAsync("acme", SyncStreams.Requests, CancellationToken.None))!,
    };
}
