using CrmSupportHub.Core.Sla;
using static CrmSupportHub.Core.Tests.Sla.SlaClients;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class SlaMilestonePlannerTests
{
    private static readonly DateTimeOffset Monday10 = March(2, 10);
    private static readonly HashSet<SlaEventKey> None = [];

    [Test]
    public void Plan_NothingDueYet_WakesAtFirstWarning()
    {
        var plan = SlaMilestonePlanner.Plan(ReactionClock(EventLog.Raised(Monday10), March(2, 11)), March(2, 11), None);

        Assert.That((plan.DueNow, plan.NextDueAt), Is.EqualTo((Array.Empty<SlaMilestone>(), (DateTimeOffset?)March(2, 15))));
    }

    [Test]
    public void Plan_AfterDowntime_FiresEveryMilestoneThatFellDue()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10), March(2, 17, 30));

        var plan = SlaMilestonePlanner.Plan(clock, March(2, 17, 30), None);

        Assert.That(plan.DueNow.Select(m => m.Code), Is.EqualTo(new[] { "warning-0.5", "warning-0.8" }));
        Assert.That(plan.NextDueAt, Is.EqualTo(March(3, 10)));
    }

    [Test]
    public void Plan_MilestoneAlreadyEnqueued_NotFiredAgain()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10), March(2, 17, 30));
        var enqueued = new HashSet<SlaEventKey> { new(ClientId, EventLog.RequestId, SlaClockKind.Reaction, "warning-0.5") };

        var plan = SlaMilestonePlanner.Plan(clock, March(2, 17, 30), enqueued);

        Assert.That(plan.DueNow.Select(m => m.Code), Is.EqualTo(new[] { "warning-0.8" }));
    }

    [Test]
    public void Plan_ClockStoppedAfterDue_FiresBreachButNotStaleWarnings()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(3, 11)), March(3, 12));

        var plan = SlaMilestonePlanner.Plan(clock, March(3, 12), None);

        Assert.That((plan.DueNow.Single().Kind, plan.NextDueAt), Is.EqualTo((SlaMilestoneKind.Breach, (DateTimeOffset?)null)));
    }

    [Test]
    public void Plan_ClockMetBeforeWarnings_NothingToFire()
    {
        var clock = ReactionClock(EventLog.Raised(Monday10).Responded(March(2, 11)), March(3, 12));

        var plan = SlaMilestonePlanner.Plan(clock, March(3, 12), None);

        Assert.That((plan.DueNow.Count, plan.NextDueAt), Is.EqualTo((0, (DateTimeOffset?)null)));
    }

    [Test]
    public void Plan_PauseMovesMilestone_KeyStaysTheSame()
    {
        var running = ReactionClock(EventLog.Raised(Monday10), March(2, 10, 30));
        var paused = EventLog.Raised(Monday10).Stage(March(2, 11), global::CrmSupportHub.Core.Requests.StageCategory.Waiting).Stage(March(3, 9), global::CrmSupportHub.Core.Requests.StageCategory.Initial);
        var resumed = ReactionClock(paused, March(3, 9), new global::CrmSupportHub.Core.Clients.ReactionRules(LeavingInitialStage: false));

        Assert.That(resumed.Milestones[0].DueAt, Is.Not.EqualTo(running.Milestones[0].DueAt));
        Assert.That(resumed.KeyOf(resumed.Milestones[0]), Is.EqualTo(running.KeyOf(running.Milestones[0])));
    }
}
