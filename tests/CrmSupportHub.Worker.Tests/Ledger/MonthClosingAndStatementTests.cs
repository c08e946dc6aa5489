using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Jobs;
using CrmSupportHub.Worker.Sync;
using CrmSupportHub.Worker.Tests.Sla;

namespace CrmSupportHub.Worker.Tests.Ledger;

/// <summary>The ledger inside the worker: the month-closing job and statements with SLA and seat figures.</summary>
[Category("EndToEnd")]
public sealed class MonthClosingAndStatementTests
{
    private static readonly Dictionary<string, string?> StartedInJanuary = new()
    {
        ["CrmSupportHub:Clients:0:ContractStart"] = "2026-01-01",
    };

    private SlaHubFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new SlaHubFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public async Task Start_ClosesEveryEndedMonth_InOrder_AndOnlyOnce()
    {
        await using (var hub = await _fixture.StartHubAsync(StartedInJanuary))
        {
            var store = hub.Services.GetRequiredService<IHoursLedgerStore>();
            await WaitForLatestClosedAsync(store, new LedgerMonth(2026, 2), _fixture.Time);
            Assert.That(await store.GetClosedMonthAsync("acme", new LedgerMonth(2026, 1), CancellationToken.None), Is.Not.Null);
            Assert.That(await store.GetClosedMonthAsync("acme", new LedgerMonth(2026, 3), CancellationToken.None), Is.Null, "March has not ended");
        }

        await using var again = await _fixture.StartHubAsync(StartedInJanuary);
        var closedAt = (await again.Services.GetRequiredService<IHoursLedgerStore>().GetClosedMonthAsync("acme", new LedgerMonth(2026, 2), CancellationToken.None))!.ClosedAt;
        Assert.That(closedAt, Is.LessThan(SlaHubFixture.Start.AddMinutes(1)), "the snapshot from the first start stays frozen");
    }

    [TestCase("2026-01-31T20:30:00Z", "2026-01-31T22:05:00Z", TestName = "DailyTrigger_InWinter_FiresAt0005KyivTime")]
    [TestCase("2026-03-31T20:30:00Z", "2026-03-31T21:05:00Z", TestName = "DailyTrigger_AfterTheDstChange_FiresAt0005KyivTime")]
    [TestCase("2026-10-24T21:06:00Z", "2026-10-25T22:05:00Z", TestName = "DailyTrigger_OnTheDayDstEnds_FiresAt0005KyivTime")]
    public void DailyTrigger_FiresJustAfterLocalMidnight(string after, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        var trigger = MonthClosingScheduler.DailyTrigger("acme", zone, new Quartz.JobKey("acme", CloseMonthsJob.Group), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var next = trigger.GetFireTimeAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(next, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Statement_CombinesHoursSlaComplianceAndSeats()
    {
        _fixture.Crm.SeedUsers(3);
        var met = _fixture.Crm.CreateDeal("Met", SlaHubFixture.Start);
        _fixture.Crm.CreateDeal("Breached", SlaHubFixture.Start);
        _fixture.Crm.MoveDeal(met.Id, Sandbox.Pipedrive.PipedriveSandbox.InProgressStageId, SlaHubFixture.Start.AddMinutes(20));
        await using var hub = await _fixture.StartHubAsync(StartedInJanuary);
        await hub.Services.GetRequiredService<UserSyncService>().SyncAsync("acme", CancellationToken.None);
        await SlaHubFixture.SyncAsync(hub);
        var ledger = hub.Services.GetRequiredService<LedgerService>();
        await ledger.RecordAsync(new WorkEntryDraft("acme", null, "olena", new DateOnly(2026, 3, 2), 90), CancellationToken.None);
        _fixture.Time.Advance(TimeSpan.FromHours(3));

        var statements = hub.Services.GetRequiredService<StatementService>();
        var statement = await statements.BuildAsync("acme", new LedgerMonth(2026, 3), CancellationToken.None);
        var markdown = await statements.RenderAsync("acme", new LedgerMonth(2026, 3), StatementFormat.Markdown, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Sla.Met, Is.EqualTo(1));
            Assert.That(statement.Sla.Breached, Is.EqualTo(1));
            Assert.That(statement.Sla.ShareMet, Is.EqualTo(0.5m));
            Assert.That(statement.Sla.MedianReactionHours, Is.EqualTo(0.33m), "20 minutes round the clock");
            Assert.That(statement.Hours.LoggedMinutes, Is.EqualTo(90));
            Assert.That(statement.Seats.Last!.ActiveUsers, Is.EqualTo(_fixture.Crm.Users.Count(u => u.ActiveFlag && !u.IsDeleted)));
            Assert.That(markdown, Does.Contain("2026-03"));
        });
    }

    [Test]
    public async Task ManualReaction_StopsTheClock_AndConversionCancelsIt()
    {
        var reacted = _fixture.Crm.CreateDeal("Answered by phone", SlaHubFixture.Start);
        var converted = _fixture.Crm.CreateDeal("Big import", SlaHubFixture.Start);
        await using var hub = await _fixture.StartHubAsync(StartedInJanuary);
        await SlaHubFixture.SyncAsync(hub);
        var actions = hub.Services.GetRequiredService<RequestActions>();
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));

        await actions.RecordReactionAsync("acme", Id(reacted.Id), "olena", "called back", CancellationToken.None);
        await actions.ConvertToMiniProjectAsync("acme", Id(converted.Id), 16m, "olena", CancellationToken.None);
        _fixture.Time.Advance(TimeSpan.FromHours(3));
        await SlaHubFixture.SettleAsync(hub);

        var clocks = hub.Services.GetRequiredService<Worker.Sla.ClockReader>();
        var first = await clocks.ForRequestAsync("acme", Id(reacted.Id), CancellationToken.None);
        var second = await clocks.ForRequestAsync("acme", Id(converted.Id), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(first!.Reaction!.State, Is.EqualTo(Core.Sla.SlaClockState.Met));
            Assert.That(second!.Reaction!.State, Is.EqualTo(Core.Sla.SlaClockState.Cancelled));
            Assert.That(await SlaHubFixture.OutboxAsync(hub), Is.Empty, "neither clock warns or breaches");
            var events = await hub.Services.GetRequiredService<ISupportRequestStore>().GetEventsAsync("acme", Id(reacted.Id), CancellationToken.None);
            Assert.That(events[^1].Kind, Is.EqualTo(RequestEventKind.Responded));
        });

        var again = await Assert.ThrowsAsync<LedgerException>(() => actions.ConvertToMiniProjectAsync("acme", Id(converted.Id), 16m, "olena", CancellationToken.None));
        Assert.That(again!.Code, Is.EqualTo(LedgerErrorCode.AlreadyConverted));
        var unknown = await Assert.ThrowsAsync<HubOperationException>(() => actions.RecordReactionAsync("acme", "404", "olena", null, CancellationToken.None));
        Assert.That(unknown!.Kind, Is.EqualTo(HubErrorKind.NotFound));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Quartz runs on the injected clock: nudging the fake clock lets its scheduler thread fire what is due.</summary>
    private static async Task WaitForLatestClosedAsync(IHoursLedgerStore store, LedgerMonth month, Microsoft.Extensions.Time.Testing.FakeTimeProvider time)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while ((await store.GetLatestClosedMonthAsync("acme", CancellationToken.None))?.Month != month)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            Assert.That(TimeProvider.System.GetUtcNow(), Is.LessThan(deadline), $"{month} was not closed within 10 s");
            await Task.Delay(20);
        }
    }
}
