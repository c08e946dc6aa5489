using System.Text.Json;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;
using static CrmSupportHub.Core.Tests.Sla.SlaClients;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class ReactionClockOutcomeTests
{
    private static readonly DateTimeOffset Monday10 = March(2, 10);

    [Test]
    public void Compute_ConvertedToMiniProject_Cancelled()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Converted(March(2, 11)), March(3, 12));

        Assert.That((clock.State, clock.Stop?.Cause), Is.EqualTo((SlaClockState.Cancelled, SlaStopCause.ConvertedToMiniProject)));
        Assert.That((clock.DueAt, clock.Milestones), Is.EqualTo(((DateTimeOffset?)null, Array.Empty<SlaMilestone>())));
    }

    [Test]
    public void Compute_Deleted_Cancelled()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Deleted(March(2, 11)), March(3, 12));

        Assert.That((clock.State, clock.Stop?.Cause), Is.EqualTo((SlaClockState.Cancelled, SlaStopCause.Deleted)));
    }

    [Test]
    public void Compute_ConvertedAfterDue_StaysBreached()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Converted(March(4, 10)), March(4, 12));

        Assert.That((clock.State, clock.DueAt), Is.EqualTo((SlaClockState.Breached, (DateTimeOffset?)March(3, 10))));
    }

    [Test]
    public void Compute_ReactionAfterDue_Breached()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(3, 11)), March(3, 12));

        Assert.That((clock.State, clock.DueAt, clock.Elapsed), Is.EqualTo((SlaClockState.Breached, (DateTimeOffset?)March(3, 10), TimeSpan.FromHours(9))));
    }

    [Test]
    public void Compute_ReactionOnWeekendAfterFridayDue_Breached()
    {
        var friday = March(6, 9);

        var clock = ReactionClock(EventLog.Raised(friday).Responded(March(7, 12)), March(9, 9));

        Assert.That((clock.DueAt, clock.State), Is.EqualTo(((DateTimeOffset?)March(6, 18), SlaClockState.Breached)));
        Assert.That(clock.Elapsed, Is.EqualTo(clock.Target), "no business time passes over the weekend, yet the reaction came after due");
    }

    [Test]
    public void Compute_ReactionExactlyAtDue_MetWithoutBreachMilestone()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(3, 10)), March(3, 12));

        Assert.That(clock.State, Is.EqualTo(SlaClockState.Met));
        Assert.That(clock.Milestones.Select(m => m.Kind), Is.EqualTo(new[] { SlaMilestoneKind.Warning, SlaMilestoneKind.Warning }));
    }

    [Test]
    public void Compute_NoReactionPastDue_BreachedWhileOpen()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10), March(3, 11));

        Assert.That((clock.State, clock.Stop, clock.Elapsed), Is.EqualTo((SlaClockState.Breached, (SlaStop?)null, TimeSpan.FromHours(9))));
    }

    [Test]
    public void Compute_RunningClock_MilestonesAtFiftyEightyAndHundredPercent()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10), March(2, 10, 30));

        Assert.That(
            clock.Milestones,
            Is.EqualTo(new[]
            {
                new SlaMilestone(SlaMilestoneKind.Warning, 0.5m, March(2, 15)),
                new SlaMilestone(SlaMilestoneKind.Warning, 0.8m, March(2, 17, 24)),
                new SlaMilestone(SlaMilestoneKind.Breach, 1m, March(3, 10)),
            }));
    }

    [Test]
    public void Compute_CustomThresholds_InvalidAndDuplicateOnesIgnored()
    {
        var terms = Medium.Terms with { WarningThresholds = [0.9m, 0.25m, 1.5m, 0.25m, 0m] };

        var clock = ReactionClock(EventLog.Raised(Monday10), Monday10, versions: [Medium with { Terms = terms }]);

        Assert.That(clock.Milestones.Select(m => m.Code), Is.EqualTo(new[] { "warning-0.25", "warning-0.9", "breach" }));
    }

    [Test]
    public void Compute_SameEventsRecomputedInAnyOrder_SameClocks()
    {
        var log = EventLog.Raised(Monday10)
            .Assigned(March(2, 10), "client-user")
            .Stage(March(2, 11), StageCategory.Waiting, "14")
            .Stage(March(2, 15), StageCategory.Initial, "11")
            .Responded(March(3, 12));
        var calculator = Calculator(new ReactionRules(LeavingInitialStage: false), WithResolution(TimeSpan.FromHours(40)));

        var first = JsonSerializer.Serialize(calculator.Compute(log.Events, March(4, 12)));
        var again = JsonSerializer.Serialize(calculator.Compute(log.Events, March(4, 12)));
        var reversed = JsonSerializer.Serialize(calculator.Compute(log.Events.Reverse(), March(4, 12)));

        Assert.That((again, reversed), Is.EqualTo((first, first)));
    }

    [Test]
    public void Compute_Timeline_ExplainsEachPeriodWithItsReasonAndContract()
    {
        var log = EventLog.Raised(Monday10)
            .Stage(March(2, 11), StageCategory.Waiting, "14")
            .Stage(March(2, 15), StageCategory.Initial, "11")
            .Assigned(March(2, 16), Analyst);

        var clock = ReactionClock(log, March(3, 12), new ReactionRules(LeavingInitialStage: false));

        Assert.That(
            clock.Timeline.Select(p => $"{p.Kind} {p.Start:HH:mm}-{p.End:HH:mm} {p.BusinessTime} {p.Reason} {p.Contract.Terms.Tier}"),
            Is.EqualTo(new[]
            {
                "Counted 10:00-11:00 01:00:00 raised Medium",
                "Paused 11:00-15:00 03:00:00 stage 14 (Waiting) Medium",
                "Counted 15:00-16:00 01:00:00 stage 11 (Initial) Medium",
            }));
        Assert.That(clock.Stop, Is.EqualTo(new SlaStop(March(2, 16), SlaStopCause.AssignedToAnalyst, Analyst)));
    }
}
