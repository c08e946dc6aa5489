using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>Upserts request snapshots into <c>requests</c>, many rows per statement; a new request gets its first-seen time.</summary>
internal sealed class SnapshotUpsert : IDisposable
{
    private const string Head = """
        INSERT INTO requests (client_id, external_id, title, stage_id, stage, assignee_id, status,
                              created_at, updated_at, stage_changed_at, first_seen_at)
        VALUES
        """;

    private const string Tail = """
        ON CONFLICT (client_id, external_id) DO UPDATE SET
            title = excluded.title, stage_id = excluded.stage_id, stage = excluded.stage,
            assignee_id = excluded.assignee_id, status = excluded.status, created_at = excluded.created_at,
            updated_at = excluded.updated_at, stage_changed_at = excluded.stage_changed_at
        """;

    private readonly MultiRowInsert<(RequestSnapshot Snapshot, DateTimeOffset FirstSeenAt)> _insert;

    public SnapshotUpsert(SqliteTransaction transaction) =>
        _insert = new(transaction, Head, columns: 11, Tail, static (row, item) =>
        {
            var (snapshot, firstSeenAt) = item;
            row.Text(0, snapshot.ClientId);
            row.Text(1, snapshot.ExternalId);
            row.Text(2, snapshot.Title);
            row.Text(3, snapshot.StageId);
            row.Text(4, DbText.FromEnum(snapshot.Stage));
            row.Text(5, snapshot.AssigneeId);
            row.Text(6, DbText.FromEnum(snapshot.Status));
            row.Instant(7, snapshot.CreatedAt);
            row.Instant(8, snapshot.UpdatedAt);
            row.Instant(9, snapshot.StageChangedAt);
            row.Instant(10, firstSeenAt);
        });

    /// <param name="firstSeenAt">Stored only when the request is new.</param>
    public void Add(RequestSnapshot snapshot, DateTimeOffset firstSeenAt) => _insert.Add((snapshot, firstSeenAt));

    /// <summary>Writes what is still pending; call before the transaction commits.</summary>
    public void Flush() => _insert.Flush();

    public void Dispose() => _insert.Dispose();
}
