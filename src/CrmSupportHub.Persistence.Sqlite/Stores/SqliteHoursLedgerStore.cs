using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>
/// The hours ledger. Every table is append-only, so ids (assigned by SQLite, never reused) keep the
/// recorded order the ledger computes in; a closed month is inserted once and never replaced.
/// </summary>
internal sealed partial class SqliteHoursLedgerStore(SqliteDatabase database) : IHoursLedgerStore
{
    private const string SelectEntries = $"SELECT {WorkEntryRow.Columns} FROM work_entries";

    public async Task<WorkEntry> AppendEntryAsync(WorkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = await InsertAsync(
            """
            INSERT INTO work_entries (client_id, request_id, analyst, date, minutes, kind, note, recorded_at, month, corrects)
            VALUES (@ClientId, @RequestId, @Analyst, @Date, @Minutes, @Kind, @Note, @RecordedAt, @Month, @Corrects)
            RETURNING id
            """,
            WorkEntryRow.From(entry),
            cancellationToken).ConfigureAwait(false);
        return entry with { Id = id };
    }

    public async Task<WorkEntry?> GetEntryAsync(string clientId, long entryId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<WorkEntryRow>(
            $"{SelectEntries} WHERE id = @entryId AND client_id = @clientId", new { clientId, entryId }, cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault()?.ToEntry();
    }

    public async Task<IReadOnlyList<WorkEntry>> ListEntriesAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<WorkEntryRow>(
            $"{SelectEntries} WHERE client_id = @clientId AND month = @month ORDER BY id",
            new { clientId, month = DbText.FromMonth(month) },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<IReadOnlyList<WorkEntry>> ListCorrectionsAsync(string clientId, long entryId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<WorkEntryRow>(
            $"{SelectEntries} WHERE client_id = @clientId AND corrects = @entryId ORDER BY id", new { clientId, entryId }, cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<IReadOnlyList<WorkEntry>> ListEntriesForRequestAsync(string clientId, string requestId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<WorkEntryRow>(
            $"{SelectEntries} WHERE client_id = @clientId AND request_id = @requestId ORDER BY id", new { clientId, requestId }, cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<OverageApproval> SaveApprovalAsync(OverageApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var id = await InsertAsync(
            """
            INSERT INTO overage_approvals (client_id, month, hours, approved_by, approved_at, reference, recorded_at, covers_logged_hours)
            VALUES (@ClientId, @Month, @Hours, @ApprovedBy, @ApprovedAt, @Reference, @RecordedAt, @CoversLoggedHours)
            RETURNING id
            """,
            OverageApprovalRow.From(approval),
            cancellationToken).ConfigureAwait(false);
        return approval with { Id = id };
    }

    public async Task<IReadOnlyList<OverageApproval>> ListApprovalsAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<OverageApprovalRow>(
            $"SELECT {OverageApprovalRow.Columns} FROM overage_approvals WHERE client_id = @clientId AND month = @month ORDER BY id",
            new { clientId, month = DbText.FromMonth(month) },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToApproval())];
    }

    private async Task<long> InsertAsync(string sql, object row, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, row, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(string sql, object row, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(sql, row, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<IEnumerable<TRow>> QueryAsync<TRow>(string sql, object parameters, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
    }
}
