using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;
using static CrmSupportHub.Core.Tests.Sla.SlaClients;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class ResolutionClockTests
{
    private static readonly DateTimeOffset Monday10 = March(2, 10);

    [Test]
    public void Compute_PackageWithoutResolutionTarget_NoResolutionClock()
    {
        var clocks = Calculator().Compute(EventLog.Raised(Monday10).Events, March(2, 12));

        Assert.That((clocks.Reaction is null, clocks.Resolution), Is.EqualTo((false, (SlaClock?)null)));
    }

    [Test]
    public void Compute_Closed_MetAtClosing()
    {
        var log = EventLog.Raised(Monday10).Stage(March(2, 11), StageCategory.Working).Closed(March(3, 12));

        var clock = Resolution(log, March(4, 12));

        Assert.That((clock.State, clock.Stop, clock.Elapsed), Is.EqualTo((SlaClockState.Met, (SlaStop?)new SlaStop(March(3, 12), SlaStopCause.Closed), TimeSpan.FromHours(10))));
    }

    [Test]
    public void Compute_MovedToClosedStage_MetAtStageChange()
    {
        var clock = Resolution(EventLog.Raised(Monday10).Stage(March(2, 12), StageCategory.Closed), March(4, 12));

        Assert.That((clock.State, clock.Stop?.At), Is.EqualTo((SlaClockState.Met, (DateTimeOffset?)March(2, 12))));
    }

    [Test]
    public void Compute_WaitingStage_PausesResolution()
    {
        var log = EventLog.Raised(Monday10)
            .Stage(March(2, 12), StageCategory.Waiting)
            .Stage(March(3, 12), StageCategory.Working);

        var clock = Resolution(log, March(3, 14));

        Assert.That((clock.State, clock.Elapsed), Is.EqualTo((SlaClockState.Running, TimeSpan.FromHours(2 + 1))));
        Assert.That(clock.Timeline[1], Is.EqualTo(new SlaPeriod(SlaPeriodKind.Paused, March(2, 12), March(3, 12), TimeSpan.FromHours(8), clock.Contract, "stage WAITING (Waiting)")));
    }

    [Test]
    public void Compute_ClosedThenReopened_ClosedStretchIsPausedAndClockResumes()
    {
        var log = EventLog.Raised(Monday10).Closed(March(2, 12)).Reopened(March(3, 10));

        var clock = Resolution(log, March(3, 12));

        Assert.That((clock.State, clock.Elapsed), Is.EqualTo((SlaClockState.Running, TimeSpan.FromHours(4))));
        Assert.That(
            clock.Timeline.Select(p => (p.Kind, p.Reason, p.BusinessTime)),
            Is.EqualTo(new[]
            {
                (SlaPeriodKind.Counted, "raised", TimeSpan.FromHours(2)),
                (SlaPeriodKind.Paused, "closed", TimeSpan.FromHours(6)),
                (SlaPeriodKind.Counted, "reopened", TimeSpan.FromHours(2)),
            }));
    }

    [Test]
    public void Compute_ClosedAfterDue_Breached()
    {
        var clock = Resolution(EventLog.Raised(Monday10).Closed(March(5, 12)), March(5, 13));

        Assert.That((clock.State, clock.DueAt), Is.EqualTo((SlaClockState.Breached, (DateTimeOffset?)March(4, 10))));
    }

    [Test]
    public void Compute_DeletedAfterClosing_KeepsClosedOutcome()
    {
        var clock = Resolution(EventLog.Raised(Monday10).Closed(March(2, 12)).Deleted(March(5, 12)), March(6, 12));

        Assert.That((clock.State, clock.Stop), Is.EqualTo((SlaClockState.Met, (SlaStop?)new SlaStop(March(2, 12), SlaStopCause.Closed))));
    }

    [Test]
    public void Compute_ConvertedWhileOpen_Cancelled()
    {
        var log = EventLog.Raised(Monday10).Stage(March(2, 11), StageCategory.Working).Converted(March(2, 15));

        var clocks = Calculator(null, WithResolution(TimeSpan.FromHours(16))).Compute(log.Events, March(3, 12));

        Assert.That(
            (clocks.Reaction?.State, clocks.Resolution?.State, clocks.Resolution?.Stop?.Cause),
            Is.EqualTo((SlaClockState.Met, SlaClockState.Cancelled, SlaStopCause.ConvertedToMiniProject)));
    }

    private static SlaClock Resolution(EventLog log, DateTimeOffset now) =>
        Calculator(null, WithResolution(TimeSpan.FromHours(16))).Compute(log.Events, now).Resolution
        ?? throw new AssertionException("no resolution clock");
}
