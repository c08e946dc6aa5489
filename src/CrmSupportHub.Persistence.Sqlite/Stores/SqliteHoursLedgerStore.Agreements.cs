using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Persistence.Sqlite.Rows;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>Mini-projects, delivered changes and sessions.</summary>
internal sealed partial class SqliteHoursLedgerStore
{
    public Task SaveMiniProjectAsync(MiniProject miniProject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(miniProject);
        return ExecuteAsync(
            """
            INSERT INTO mini_projects (client_id, request_id, estimate_hours, converted_at, converted_by)
            VALUES (@ClientId, @RequestId, @EstimateHours, @ConvertedAt, @ConvertedBy)
            """,
            MiniProjectRow.From(miniProject),
            cancellationToken);
    }

    public async Task<IReadOnlyList<MiniProject>> ListMiniProjectsAsync(string clientId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<MiniProjectRow>(
            $"SELECT {MiniProjectRow.Columns} FROM mini_projects WHERE client_id = @clientId ORDER BY id", new { clientId }, cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(r => r.ToMiniProject())];
    }

    public Task SaveChangeDeliveredAsync(ChangeDelivered change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ExecuteAsync(
            "INSERT INTO changes_delivered (client_id, request_id, date, recorded_at) VALUES (@ClientId, @RequestId, @Date, @RecordedAt)",
            ChangeDeliveredRow.From(change),
            cancellationToken);
    }

    public async Task<IReadOnlyList<ChangeDelivered>> ListChangesDeliveredAsync(string clientId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<ChangeDeliveredRow>(
            $"SELECT {ChangeDeliveredRow.Columns} FROM changes_delivered WHERE client_id = @clientId ORDER BY id", new { clientId }, cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(r => r.ToChange())];
    }

    public async Task<SessionRecord> AppendSessionAsync(SessionRecord session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = await InsertAsync(
            """
            INSERT INTO sessions (client_id, kind, date, held_by, note, recorded_at)
            VALUES (@ClientId, @Kind, @Date, @HeldBy, @Note, @RecordedAt)
            RETURNING id
            """,
            SessionRow.From(session),
            cancellationToken).ConfigureAwait(false);
        return session with { Id = id };
    }

    public async Task<IReadOnlyList<SessionRecord>> ListSessionsAsync(string clientId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<SessionRow>(
            $"SELECT {SessionRow.Columns} FROM sessions WHERE client_id = @clientId AND date BETWEEN @first AND @last ORDER BY date, id",
            new { clientId, first = DbText.FromDate(first), last = DbText.FromDate(last) },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSession())];
    }
}
