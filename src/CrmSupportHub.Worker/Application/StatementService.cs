using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Application;

/// <summary>
/// A client's monthly statement: the ledger's hours, the month's reaction-SLA compliance from the
/// clocks as they stand now, and the seat counts recorded in the month.
/// </summary>
internal sealed class StatementService(
    ClientDirectory clients,
    LedgerService ledger,
    ClockReader clocks,
    SlaCalculators calculators,
    IUserStore users)
{
    public async Task<MonthlyStatement> BuildAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var client = clients.Find(clientId) ?? throw new HubOperationException(HubErrorKind.NotFound, $"Unknown client '{clientId}': it is not configured.");
        var sla = await ComplianceAsync(client.Id, month, cancellationToken).ConfigureAwait(false);
        var from = LocalMidnight(month.FirstDay, client.TimeZone);
        var until = LocalMidnight(month.Following().FirstDay, client.TimeZone);
        var seats = await users.ListSeatCountsAsync(client.Id, from, until, cancellationToken).ConfigureAwait(false);
        return await ledger.BuildStatementAsync(client.Id, month, sla, seats, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> RenderAsync(string clientId, LedgerMonth month, StatementFormat format, CancellationToken cancellationToken)
    {
        var statement = await BuildAsync(clientId, month, cancellationToken).ConfigureAwait(false);
        return format switch
        {
            StatementFormat.Markdown => StatementMarkdown.Render(statement),
            StatementFormat.Csv => StatementCsv.Render(statement),
            _ => StatementJson.Render(statement),
        };
    }

    public async Task<SlaComplianceReport> ComplianceReportAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var all = await clocks.ForClientAsync(clientId, cancellationToken).ConfigureAwait(false);
        var reaction = all.Select(c => c.Reaction).OfType<SlaClock>();
        return SlaCompliance.ForMonth(clientId, month.Year, month.Month, calculators.Calendar(clientId), reaction);
    }

    private async Task<SlaComplianceSummary> ComplianceAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var report = await ComplianceReportAsync(clientId, month, cancellationToken).ConfigureAwait(false);
        return new SlaComplianceSummary(
            report.Met,
            report.Breached,
            report.Open,
            report.ShareMet ?? 1m,
            Hours(report.MedianReaction),
            Hours(report.Percentile90Reaction));
    }

    private static decimal? Hours(TimeSpan? span) => span is { } s ? Math.Round((decimal)s.TotalHours, 2) : null;

    /// <summary>The instant a local date begins in the zone (the first valid local time when midnight is skipped by DST).</summary>
    internal static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
