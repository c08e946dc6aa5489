using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Counts sessions against the entitlements of the package in force on a date (a package change
/// applies at once, like SLA and seat limits). Sessions held of a kind the package does not
/// include are shown per month with no entitlement.
/// </summary>
public static class SessionTracker
{
    public static DateOnly QuarterStart(DateOnly date) => new(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

    public static (DateOnly Start, DateOnly End) PeriodOf(SessionPeriod period, DateOnly date)
    {
        var start = period == SessionPeriod.Quarter ? QuarterStart(date) : new DateOnly(date.Year, date.Month, 1);
        return (start, start.AddMonths(period == SessionPeriod.Quarter ? 3 : 1).AddDays(-1));
    }

    /// <summary>Usage in the periods containing <paramref name="asOf"/>, counting sessions held up to that day.</summary>
    public static IReadOnlyList<SessionUsage> Usage(ClientProfile client, DateOnly asOf, IEnumerable<SessionRecord> held)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(held);
        var sessions = held.Where(s => s.Date <= asOf).ToList();
        var entitlements = client.Contract.InForceOn(asOf).Terms.Sessions;
        var usage = new List<SessionUsage>();
        foreach (var group in entitlements.GroupBy(e => (e.Kind, e.Period)))
        {
            usage.Add(Count(group.Key.Kind, group.Key.Period, group.Sum(e => e.Count), asOf, sessions));
        }

        foreach (var kind in sessions.Select(s => s.Kind).Distinct().Where(k => entitlements.All(e => e.Kind != k)).Order())
        {
            var count = Count(kind, SessionPeriod.Month, 0, asOf, sessions);
            if (count.Used > 0)
            {
                usage.Add(count);
            }
        }

        return usage;
    }

    private static SessionUsage Count(SessionKind kind, SessionPeriod period, int entitled, DateOnly asOf, List<SessionRecord> sessions)
    {
        var (start, end) = PeriodOf(period, asOf);
        var used = sessions.Count(s => s.Kind == kind && s.Date >= start && s.Date <= end);
        return new SessionUsage(kind, period, start, end, entitled, used);
    }
}
