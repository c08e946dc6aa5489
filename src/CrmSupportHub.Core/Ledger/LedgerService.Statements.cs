using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Ledger;

public sealed partial class LedgerService
{
    /// <summary>
    /// The month's statement. The SLA figures come from the SLA engine and <paramref name="seatCounts"/>
    /// from the seat history (the month's counts plus the one in force on its first day).
    /// </summary>
    public async Task<MonthlyStatement> BuildStatementAsync(
        string clientId,
        LedgerMonth month,
        SlaComplianceSummary sla,
        IReadOnlyList<SeatCount> seatCounts,
        CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var hours = await GetMonthAsync(client.Id, month, cancellationToken).ConfigureAwait(false);
        var sessions = await _store.ListSessionsAsync(
            client.Id, SessionTracker.QuarterStart(month.LastDay), month.LastDay, cancellationToken).ConfigureAwait(false);
        var projects = await _store.ListMiniProjectsAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var projectEntries = new List<WorkEntry>();
        foreach (var project in projects.Where(p => LedgerMonth.Of(client.LocalDate(p.ConvertedAt)) <= month))
        {
            projectEntries.AddRange(await _store.ListEntriesForRequestAsync(client.Id, project.RequestId, cancellationToken).ConfigureAwait(false));
        }

        var progress = MiniProjectTracker.Progress(client, hours, projects, projectEntries);
        return StatementBuilder.Build(client, hours, IsClosed(month, latest), sla, seatCounts, sessions, progress, _time.GetUtcNow());
    }
}
