using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;
using static CrmSupportHub.Core.Tests.Sla.SlaClients;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class ReactionClockTests
{
    private static readonly DateTimeOffset Monday10 = March(2, 10);

    [Test]
    public void Compute_RequestLeavesInitialStage_MetAtStageChange()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Stage(March(2, 12, 30), StageCategory.Working), March(3, 12));

        Assert.That(clock.State, Is.EqualTo(SlaClockState.Met));
        Assert.That(clock.Stop, Is.EqualTo(new SlaStop(March(2, 12, 30), SlaStopCause.LeftInitialStage, "WORKING")));
        Assert.That(clock.Elapsed, Is.EqualTo(TimeSpan.FromHours(2.5)));
    }

    [Test]
    public void Compute_AssignedToAnalyst_MetAtAssignment()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Assigned(March(2, 11, 15), Analyst), March(3, 12));

        Assert.That((clock.State, clock.Stop?.Cause, clock.Stop?.Detail), Is.EqualTo((SlaClockState.Met, SlaStopCause.AssignedToAnalyst, Analyst)));
        Assert.That(clock.Elapsed, Is.EqualTo(TimeSpan.FromHours(1.25)));
    }

    [Test]
    public void Compute_AssignedToClientUser_KeepsRunning()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Assigned(March(2, 11), "client-user"), March(2, 15));

        Assert.That((clock.State, clock.Stop), Is.EqualTo((SlaClockState.Running, (SlaStop?)null)));
        Assert.That((clock.Elapsed, clock.Remaining), Is.EqualTo((TimeSpan.FromHours(4), TimeSpan.FromHours(4))));
        Assert.That(clock.DueAt, Is.EqualTo(March(3, 10)));
    }

    [Test]
    public void Compute_AssignmentRuleOff_AnalystAssignmentDoesNotCount()
    {
        var clock = ReactionClock(
            EventLog.Raised(Monday10).Assigned(March(2, 11), Analyst),
            March(2, 15),
            new ReactionRules(AssignmentToAnalyst: false));

        Assert.That(clock.State, Is.EqualTo(SlaClockState.Running));
    }

    [Test]
    public void Compute_CreatedAlreadyAssignedToAnalyst_MetAtCreation()
    {
        var log = EventLog.Raised(Monday10);
        var events = log.Events.Select(e => e with { AssigneeId = Analyst });

        var clock = Calculator().Compute(events, March(2, 12)).Reaction!;

        Assert.That((clock.State, clock.Stop?.At, clock.Elapsed), Is.EqualTo((SlaClockState.Met, (DateTimeOffset?)Monday10, TimeSpan.Zero)));
    }

    [Test]
    public void Compute_ManualResponseThroughHub_MetAtResponse()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(2, 16)), March(3, 12));

        Assert.That(clock.Stop, Is.EqualTo(new SlaStop(March(2, 16), SlaStopCause.Responded, "olena")));
        Assert.That(clock.Elapsed, Is.EqualTo(TimeSpan.FromHours(5)));
    }

    [Test]
    public void Compute_ManualRuleOff_ResponseDoesNotCount()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(2, 11)), March(2, 12), new ReactionRules(ManualResponse: false));

        Assert.That(clock.State, Is.EqualTo(SlaClockState.Running));
    }

    [Test]
    public void Compute_InitialToWaitingWithLeavingRule_CountsAsReaction()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Stage(March(2, 11), StageCategory.Waiting), March(3, 12));

        Assert.That((clock.State, clock.Stop?.Cause), Is.EqualTo((SlaClockState.Met, SlaStopCause.LeftInitialStage)));
    }

    [Test]
    public void Compute_WaitingWithoutLeavingRule_PausesAndResumes()
    {
        var log = EventLog.Raised(Monday10)
            .Stage(March(2, 11), StageCategory.Waiting)
            .Stage(March(3, 10), StageCategory.Initial);

        var clock = ReactionClock(log, March(3, 12), new ReactionRules(LeavingInitialStage: false));

        Assert.That(clock.State, Is.EqualTo(SlaClockState.Running));
        Assert.That(clock.Elapsed, Is.EqualTo(TimeSpan.FromHours(1 + 2)));
        Assert.That(clock.DueAt, Is.EqualTo(March(3, 18)), "5 h left from Tuesday 12:00: 12-13 and 14-18");
        Assert.That(
            clock.Timeline.Select(p => (p.Kind, p.Start, p.End, p.BusinessTime)),
            Is.EqualTo(new (SlaPeriodKind, DateTimeOffset, DateTimeOffset?, TimeSpan)[]
            {
                (SlaPeriodKind.Counted, Monday10, March(2, 11), TimeSpan.FromHours(1)),
                (SlaPeriodKind.Paused, March(2, 11), March(3, 10), TimeSpan.FromHours(7)),
                (SlaPeriodKind.Counted, March(3, 10), null, TimeSpan.FromHours(2)),
            }));
    }

    [Test]
    public void Compute_WhileWaitingWithoutLeavingRule_PausedWithoutDueTime()
    {
        var log = EventLog.Raised(Monday10).Stage(March(2, 11), StageCategory.Waiting);

        var clock = ReactionClock(log, March(2, 15), new ReactionRules(LeavingInitialStage: false));

        Assert.That((clock.State, clock.DueAt), Is.EqualTo((SlaClockState.Paused, (DateTimeOffset?)null)));
        Assert.That((clock.Elapsed, clock.Remaining), Is.EqualTo((TimeSpan.FromHours(1), TimeSpan.FromHours(7))));
    }

    [Test]
    public void Compute_LateSeenRequest_CountsFromCrmCreationTime()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10, recordedAt: March(2, 16)), March(2, 16));

        Assert.That((clock.StartedAt, clock.Elapsed), Is.EqualTo((Monday10, TimeSpan.FromHours(5))));
    }

    [Test]
    public void Compute_RaisedFridayEveningBeforeHolidayMonday_DueOnTuesday()
    {
        var friday = new DateTimeOffset(2026, 8, 21, 17, 0, 0, Summer);

        var clock = ReactionClock(EventLog.Raised(friday), friday.AddMinutes(30));

        Assert.That(clock.DueAt, Is.EqualTo(new DateTimeOffset(2026, 8, 25, 17, 0, 0, Summer)));
    }

    [Test]
    public void Compute_PackageChangedBeforeReaction_VersionInForceAtRaiseApplies()
    {
        var large = new ContractVersion(new DateOnly(2026, 3, 3), PackageCatalog.Default[PackageTier.Large]);

        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(3, 10)), March(3, 12), versions: [Medium, large]);

        Assert.That((clock.Contract, clock.Target, clock.State), Is.EqualTo((Medium, TimeSpan.FromHours(8), SlaClockState.Met)));
    }

    [Test]
    public void Compute_RaisedAfterLocalMidnightOfChangeDay_NewVersionApplies()
    {
        var large = new ContractVersion(new DateOnly(2026, 3, 3), PackageCatalog.Default[PackageTier.Large]);
        var raised = new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.Zero);

        var clock = ReactionClock(EventLog.Raised(raised), raised.AddHours(1), versions: [Medium, large]);

        Assert.That((clock.Contract, clock.Target), Is.EqualTo((large, TimeSpan.FromHours(4))));
    }

    [Test]
    public void Compute_ClosedWithoutOtherReaction_StopsAsClosed()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Closed(March(2, 12)), March(3, 12), new ReactionRules(false, false, false));

        Assert.That((clock.State, clock.Stop?.Cause), Is.EqualTo((SlaClockState.Met, SlaStopCause.Closed)));
    }

    [Test]
    public void Compute_PackageWithoutReactionTarget_NoReactionClock()
    {
        var individual = new ContractVersion(new DateOnly(2026, 1, 1), PackageCatalog.Default[PackageTier.Individual]);

        var clocks = Calculator(versions: [individual]).Compute(EventLog.Raised(Monday10).Events, March(3, 12));

        Assert.That((clocks.Reaction, clocks.Resolution), Is.EqualTo(((SlaClock?)null, (SlaClock?)null)));
    }

    [Test]
    public void Compute_EventStampedBeforeCreation_CountsAtCreation()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Stage(March(2, 9, 59), StageCategory.Working), March(2, 12));

        Assert.That((clock.State, clock.Stop?.At, clock.Elapsed), Is.EqualTo((SlaClockState.Met, (DateTimeOffset?)Monday10, TimeSpan.Zero)));
    }

    [Test]
    public void Compute_EventAfterNow_NotYetApplied()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(2, 12)), March(2, 11));

        Assert.That((clock.State, clock.Elapsed), Is.EqualTo((SlaClockState.Running, TimeSpan.FromHours(1))));
    }

    [Test]
    public void Compute_NoCreatedEventYet_NoClocks()
    {
        var clocks = Calculator().Compute(EventLog.Raised(Monday10).Events, March(2, 9));

        Assert.That((clocks.RequestId, clocks.Reaction), Is.EqualTo((EventLog.RequestId, (SlaClock?)null)));
    }

    [Test]
    public void Compute_EventsOfTwoRequests_Throws()
    {
        var events = EventLog.Raised(Monday10).Events.Append(EventLog.Raised(Monday10).Events[0] with { RequestId = "other" });

        Assert.That(() => Calculator().Compute(events, March(2, 12)), Throws.ArgumentException);
    }

    [Test]
    public void Constructor_ZeroTarget_ThrowsNamingClient()
    {
        var broken = Medium with { Terms = Medium.Terms with { ReactionTime = TimeSpan.Zero } };

        Assert.That(() => Calculator(versions: [broken]), Throws.ArgumentException.With.Message.Contains("'acme'"));
    }
}
