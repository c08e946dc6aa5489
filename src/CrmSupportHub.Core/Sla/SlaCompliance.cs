using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Sla;

/// <summary>Monthly compliance figures for a client's statement.</summary>
public static class SlaCompliance
{
    /// <param name="clocks">Clocks evaluated at one instant (e.g. month close); other clients' and resolution clocks are ignored.</param>
    public static SlaComplianceReport ForMonth(string clientId, int year, int month, BusinessCalendar calendar, IEnumerable<SlaClock> clocks)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(clocks);
        int met = 0, breached = 0, open = 0, cancelled = 0;
        var reactions = new List<TimeSpan>();
        foreach (var clock in clocks)
        {
            var raised = calendar.LocalDate(clock.StartedAt);
            if (clock.Kind != SlaClockKind.Reaction || clock.ClientId != clientId || raised.Year != year || raised.Month != month)
            {
                continue;
            }

            switch (clock.State)
            {
                case SlaClockState.Met: met++; break;
                case SlaClockState.Breached: breached++; break;
                case SlaClockState.Cancelled: cancelled++; break;
                default: open++; break;
            }

            if (clock.Stop is { IsCancellation: false })
            {
                reactions.Add(clock.Elapsed);
            }
        }

        reactions.Sort();
        return new SlaComplianceReport(
            clientId, year, month, met, breached, open, cancelled,
            met + breached == 0 ? null : (decimal)met / (met + breached),
            reactions.Count == 0 ? null : NearestRank.Percentile(reactions, 50),
            reactions.Count == 0 ? null : NearestRank.Percentile(reactions, 90));
    }
}
