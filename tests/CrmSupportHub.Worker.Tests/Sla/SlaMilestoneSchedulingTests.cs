using CrmSupportHub.Core.Requests;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Tests.Sla;

/// <summary>Warnings (50 %, 80 %) and the breach of a one-hour reaction clock, driven by a fake clock through the real worker.</summary>
[Category("EndToEnd")]
public sealed class SlaMilestoneSchedulingTests
{
    private SlaHubFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new SlaHubFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public async Task Milestones_FireOnceEach_AtTheirDueMoment()
    {
        _fixture.Crm.CreateDeal("Printer offline", SlaHubFixture.Start);
        await using var hub = await _fixture.StartHubAsync();
        await SlaHubFixture.SyncAsync(hub);

        _fixture.Time.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        await SlaHubFixture.SettleAsync(hub);
        Assert.That(await SlaHubFixture.OutboxAsync(hub), Is.Empty, "nothing is due before 30 minutes");

        _fixture.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await SlaHubFixture.WaitForMilestonesAsync(hub, 1), Is.EqualTo(new[] { "warning-0.5" }));

        _fixture.Time.Advance(TimeSpan.FromMinutes(18));
        Assert.That(await SlaHubFixture.WaitForMilestonesAsync(hub, 2), Is.EqualTo(new[] { "warning-0.5", "warning-0.8" }));

        _fixture.Time.Advance(TimeSpan.FromMinutes(12));
        Assert.That(await SlaHubFixture.WaitForMilestonesAsync(hub, 3), Is.EqualTo(new[] { "warning-0.5", "warning-0.8", "breach" }));

        // Reviews after the breach (a new sync, more time) fire nothing again.
        var scheduler = hub.Services.GetRequiredService<SlaMilestoneScheduler>();
        scheduler.RequestsChanged("acme", [_fixture.Crm.Deals[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        _fixture.Time.Advance(TimeSpan.FromHours(5));
        await SlaHubFixture.SyncAsync(hub);
        await SlaHubFixture.SettleAsync(hub);
        Assert.That(await SlaHubFixture.OutboxAsync(hub), Has.Count.EqualTo(3));
        Assert.That(scheduler.Scheduled, Is.Zero, "a breached clock needs no further wake-up");
    }

    [Test]
    public async Task Milestones_DueWhileTheWorkerWasDown_FireOnceAfterRestart()
    {
        _fixture.Crm.CreateDeal("Export broken", SlaHubFixture.Start);
        await using (var first = await _fixture.StartHubAsync())
        {
            await SlaHubFixture.SyncAsync(first);
            _fixture.Time.Advance(TimeSpan.FromMinutes(31));
            Assert.That(await SlaHubFixture.WaitForMilestonesAsync(first, 1), Is.EqualTo(new[] { "warning-0.5" }));
        }

        _fixture.Time.Advance(TimeSpan.FromHours(2)); // the worker is down past the 80 % warning and the breach

        await using (var second = await _fixture.StartHubAsync())
        {
            Assert.That(await SlaHubFixture.WaitForMilestonesAsync(second, 3), Is.EqualTo(new[] { "warning-0.5", "warning-0.8", "breach" }));
        }

        await using var third = await _fixture.StartHubAsync();
        await SlaHubFixture.SettleAsync(third);
        Assert.That(await SlaHubFixture.OutboxAsync(third), Has.Count.EqualTo(3), "a further restart fires nothing again");
    }

    [Test]
    public async Task Reaction_BeforeTheWarning_CancelsTheWakeUpAndFiresNothing()
    {
        var deal = _fixture.Crm.CreateDeal("Login loop", SlaHubFixture.Start);
        await using var hub = await _fixture.StartHubAsync();
        await SlaHubFixture.SyncAsync(hub);
        var scheduler = hub.Services.GetRequiredService<SlaMilestoneScheduler>();
        await SlaHubFixture.SettleAsync(hub);
        var requestId = deal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(scheduler.NextReviewOf("acme", requestId), Is.EqualTo(SlaHubFixture.Start.AddMinutes(30)));

        _fixture.Time.Advance(TimeSpan.FromMinutes(10));
        _fixture.Crm.MoveRequest(requestId, StageCategory.Working, _fixture.Time.GetUtcNow());
        await SlaHubFixture.SyncAsync(hub);
        await SlaHubFixture.SettleAsync(hub);
        Assert.That(scheduler.NextReviewOf("acme", requestId), Is.Null);

        _fixture.Time.Advance(TimeSpan.FromHours(3));
        await SlaHubFixture.SettleAsync(hub);
        Assert.That(await SlaHubFixture.OutboxAsync(hub), Is.Empty);
    }

    [Test]
    public async Task Pause_InAWaitingStage_MovesTheBreachLater()
    {
        var deal = _fixture.Crm.CreateDeal("Needs a screenshot", SlaHubFixture.Start);
        await using var hub = await _fixture.StartHubAsync(new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Reaction:LeavingInitialStage"] = "false", // waiting only pauses
        });
        await SlaHubFixture.SyncAsync(hub);
        var requestId = deal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _fixture.Time.Advance(TimeSpan.FromMinutes(40));
        Assert.That(await SlaHubFixture.WaitForMilestonesAsync(hub, 1), Is.EqualTo(new[] { "warning-0.5" }));

        _fixture.Crm.MoveRequest(requestId, StageCategory.Waiting, _fixture.Time.GetUtcNow());
        await SlaHubFixture.SyncAsync(hub);
        _fixture.Time.Advance(TimeSpan.FromHours(2)); // paused: nothing may fire
        await SlaHubFixture.SettleAsync(hub);
        Assert.That(await SlaHubFixture.OutboxAsync(hub), Has.Count.EqualTo(1));

        _fixture.Crm.MoveRequest(requestId, StageCategory.Initial, _fixture.Time.GetUtcNow());
        await SlaHubFixture.SyncAsync(hub);
        await SlaHubFixture.SettleAsync(hub);
        var scheduler = hub.Services.GetRequiredService<SlaMilestoneScheduler>();
        Assert.That(scheduler.NextReviewOf("acme", requestId), Is.EqualTo(_fixture.Time.GetUtcNow().AddMinutes(8)), "80 % = 48 min, 40 already used");
    }
}
