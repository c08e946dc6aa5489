namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>
/// What the consultancy sends a client for a month: SLA compliance, hours, seats, sessions and
/// mini-projects. <see cref="Hours"/> is the month's ledger (a closed month's frozen one).
/// </summary>
/// <param name="TimeZoneId">The client's time zone, in which dates and times are shown.</param>
/// <param name="Closed">The month is closed: its hours will not change.</param>
/// <param name="PackageChanges">Packages that took effect after the month's first day.</param>
public sealed record MonthlyStatement(
    string ClientId,
    string ClientName,
    string TimeZoneId,
    LedgerMonth Month,
    bool Closed,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PackageChange> PackageChanges,
    SlaComplianceSummary Sla,
    MonthLedger Hours,
    SeatSummary Seats,
    IReadOnlyList<SessionUsage> Sessions,
    IReadOnlyList<MiniProjectProgress> MiniProjects);
