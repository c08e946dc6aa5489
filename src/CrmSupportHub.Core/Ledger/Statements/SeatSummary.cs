using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>The month's peak and last seat count, each against the limit in force when counted.</summary>
public sealed record SeatSummary(SeatFigure? Peak, SeatFigure? Last)
{
    /// <summary>
    /// From the month's seat history (which starts with the count in force on the first day). The
    /// earliest of equal peaks is shown.
    /// </summary>
    public static SeatSummary From(IEnumerable<SeatCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ordered = counts.OrderBy(c => c.CountedAt).ToList();
        if (ordered.Count == 0)
        {
            return new SeatSummary(null, null);
        }

        var peak = ordered[0];
        foreach (var count in ordered)
        {
            if (count.ActiveUsers > peak.ActiveUsers)
            {
                peak = count;
            }
        }

        return new SeatSummary(SeatFigure.Of(peak), SeatFigure.Of(ordered[^1]));
    }
}
