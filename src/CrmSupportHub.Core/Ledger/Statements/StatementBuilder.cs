using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>Puts a month's statement together from its parts; pure, so it can be rebuilt at any time.</summary>
public static class StatementBuilder
{
    public static MonthlyStatement Build(
        ClientProfile client,
        MonthLedger hours,
        bool closed,
        SlaComplianceSummary sla,
        IEnumerable<SeatCount> seats,
        IEnumerable<SessionRecord> sessions,
        IReadOnlyList<MiniProjectProgress> miniProjects,
        DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(hours);
        var month = hours.Month;
        var changes = client.Contract.Versions
            .Where(v => v.EffectiveFrom > month.FirstDay && v.EffectiveFrom <= month.LastDay)
            .Select(v => new PackageChange(v.EffectiveFrom, v.Terms.Tier))
            .ToList();
        return new MonthlyStatement(
            client.Id,
            client.Name,
            client.Calendar.TimeZoneId,
            month,
            closed,
            generatedAt,
            changes,
            sla,
            hours,
            SeatSummary.From(seats),
            SessionTracker.Usage(client, month.LastDay, sessions),
            miniProjects);
    }
}
