using CrmSupportHub.Core.Sla;
using static CrmSupportHub.Core.Tests.Sla.SlaClients;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class SlaComplianceTests
{
    [Test]
    public void ForMonth_RequestsRaisedAroundMidnight_CountedInClientsLocalMonth()
    {
        var lastMarchEvening = new DateTimeOffset(2026, 3, 31, 20, 30, 0, TimeSpan.Zero);
        var firstAprilNight = new DateTimeOffset(2026, 3, 31, 21, 30, 0, TimeSpan.Zero);
        var clocks = new[] { Clock(lastMarchEvening, SlaClockState.Met, 1), Clock(firstAprilNight, SlaClockState.Met, 1) };

        var march = SlaCompliance.ForMonth(ClientId, 2026, 3, Calendar, clocks);
        var april = SlaCompliance.ForMonth(ClientId, 2026, 4, Calendar, clocks);

        Assert.That((march.Met, april.Met), Is.EqualTo((1, 1)));
    }

    [Test]
    public void ForMonth_MixedOutcomes_CountsShareAndNearestRankPercentiles()
    {
        var clocks = new[]
        {
            Clock(March(2, 10), SlaClockState.Met, 3),
            Clock(March(2, 11), SlaClockState.Met, 1),
            Clock(March(3, 10), SlaClockState.Breached, 9),
            Clock(March(3, 11), SlaClockState.Met, 2),
            Clock(March(4, 10), SlaClockState.Breached, null),
            Clock(March(4, 11), SlaClockState.Running, null),
            Clock(March(4, 12), SlaClockState.Cancelled, 1, cancelled: true),
            Clock(March(4, 12), SlaClockState.Met, 1) with { ClientId = "other" },
            Clock(March(4, 12), SlaClockState.Met, 1) with { Kind = SlaClockKind.Resolution },
        };

        var report = SlaCompliance.ForMonth(ClientId, 2026, 3, Calendar, clocks);

        Assert.That(
            report,
            Is.EqualTo(new SlaComplianceReport(ClientId, 2026, 3, Met: 3, Breached: 2, Open: 1, Cancelled: 1, ShareMet: 0.6m, TimeSpan.FromHours(2), TimeSpan.FromHours(9))));
    }

    [Test]
    public void ForMonth_NothingDecided_NoShareAndNoPercentiles()
    {
        var report = SlaCompliance.ForMonth(ClientId, 2026, 3, Calendar, [Clock(March(2, 10), SlaClockState.Running, null)]);

        Assert.That((report.Open, report.ShareMet, report.MedianReaction, report.Percentile90Reaction), Is.EqualTo((1, (decimal?)null, (TimeSpan?)null, (TimeSpan?)null)));
    }

    private static SlaClock Clock(DateTimeOffset raised, SlaClockState state, double? reactionHours, bool cancelled = false) => new()
    {
        ClientId = ClientId,
        RequestId = raised.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        Kind = SlaClockKind.Reaction,
        State = state,
        Contract = Medium,
        Target = TimeSpan.FromHours(8),
        StartedAt = raised,
        EvaluatedAt = raised.AddDays(30),
        Elapsed = TimeSpan.FromHours(reactionHours ?? 10),
        Stop = reactionHours is { } hours
            ? new SlaStop(raised.AddHours(hours), cancelled ? SlaStopCause.Deleted : SlaStopCause.Responded)
            : null,
        Timeline = [],
        Milestones = [],
    };
}
