using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Persistence.Sqlite.Rows;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>Closed months: frozen snapshots, written once.</summary>
internal sealed partial class SqliteHoursLedgerStore
{
    private const string SelectClosed = $"SELECT {ClosedMonthRow.Columns} FROM closed_months";

    public async Task<bool> SaveClosedMonthAsync(ClosedMonth closedMonth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closedMonth);

        // DO NOTHING rather than an upsert: the first snapshot stored is the month, whoever closes it again.
        var inserted = await ExecuteAsync(
            """
            INSERT INTO closed_months (client_id, month, closed_at, closed_by, result)
            VALUES (@ClientId, @Month, @ClosedAt, @ClosedBy, @Result)
            ON CONFLICT (client_id, month) DO NOTHING
            """,
            ClosedMonthRow.From(closedMonth),
            cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<ClosedMonth?> GetClosedMonthAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<ClosedMonthRow>(
            $"{SelectClosed} WHERE client_id = @clientId AND month = @month",
            new { clientId, month = DbText.FromMonth(month) },
            cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault()?.ToClosedMonth();
    }

    public async Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(CancellationToken cancellationToken)
    {
        // Ids only grow and nothing is deleted, so the sum of a client's newest ids (and closed-month count) grows with any append.
        var rows = await QueryAsync<LedgerVersionRow>(
            """
            SELECT client_id AS ClientId, SUM(newest) AS Version FROM (
              SELECT client_id, MAX(id) AS newest FROM work_entries GROUP BY client_id
              UNION ALL SELECT client_id, MAX(id) FROM overage_approvals GROUP BY client_id
              UNION ALL SELECT client_id, MAX(id) FROM mini_projects GROUP BY client_id
              UNION ALL SELECT client_id, MAX(id) FROM changes_delivered GROUP BY client_id
              UNION ALL SELECT client_id, MAX(id) FROM sessions GROUP BY client_id
              UNION ALL SELECT client_id, COUNT(*) FROM closed_months GROUP BY client_id)
            GROUP BY client_id
            """,
            new { },
            cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ClientId, r => r.Version, StringComparer.Ordinal);
    }

    public async Task<ClosedMonth?> GetLatestClosedMonthAsync(string clientId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<ClosedMonthRow>(
            $"{SelectClosed} WHERE client_id = @clientId ORDER BY month DESC LIMIT 1", new { clientId }, cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault()?.ToClosedMonth();
    }
}
