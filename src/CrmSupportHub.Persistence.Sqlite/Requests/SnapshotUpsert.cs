using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>One compiled upsert into <c>requests</c>, run once per snapshot of a transaction.</summary>
internal sealed class SnapshotUpsert : IDisposable
{
    private const string Sql = """
        INSERT INTO requests (client_id, external_id, title, stage_id, stage, assignee_id, status,
                              created_at, updated_at, stage_changed_at, first_seen_at)
        VALUES ($client_id, $external_id, $title, $stage_id, $stage, $assignee_id, $status,
                $created_at, $updated_at, $stage_changed_at, $first_seen_at)
        ON CONFLICT (client_id, external_id) DO UPDATE SET
            title = excluded.title, stage_id = excluded.stage_id, stage = excluded.stage,
            assignee_id = excluded.assignee_id, status = excluded.status, created_at = excluded.created_at,
            updated_at = excluded.updated_at, stage_changed_at = excluded.stage_changed_at
        """;

    private readonly SqliteStatement _statement;
    private readonly int _clientId, _externalId, _title, _stageId, _stage, _assigneeId, _status;
    private readonly int _createdAt, _updatedAt, _stageChangedAt, _firstSeenAt;

    public SnapshotUpsert(SqliteTransaction transaction)
    {
        _statement = new SqliteStatement(transaction, Sql);
        _clientId = _statement.IndexOf("$client_id");
        _externalId = _statement.IndexOf("$external_id");
        _title = _statement.IndexOf("$title");
        _stageId = _statement.IndexOf("$stage_id");
        _stage = _statement.IndexOf("$stage");
        _assigneeId = _statement.IndexOf("$assignee_id");
        _status = _statement.IndexOf("$status");
        _createdAt = _statement.IndexOf("$created_at");
        _updatedAt = _statement.IndexOf("$updated_at");
        _stageChangedAt = _statement.IndexOf("$stage_changed_at");
        _firstSeenAt = _statement.IndexOf("$first_seen_at");
    }

    /// <param name="firstSeenAt">Stored only when the request is new.</param>
    public void Execute(RequestSnapshot snapshot, string firstSeenAt)
    {
        _statement.Bind(_clientId, snapshot.ClientId);
        _statement.Bind(_externalId, snapshot.ExternalId);
        _statement.Bind(_title, snapshot.Title);
        _statement.Bind(_stageId, snapshot.StageId);
        _statement.Bind(_stage, DbText.FromEnum(snapshot.Stage));
        _statement.Bind(_assigneeId, snapshot.AssigneeId);
        _statement.Bind(_status, DbText.FromEnum(snapshot.Status));
        _statement.Bind(_createdAt, DbText.FromInstant(snapshot.CreatedAt));
        _statement.Bind(_updatedAt, DbText.FromInstant(snapshot.UpdatedAt));
        _statement.Bind(_stageChangedAt, DbText.FromInstant(snapshot.StageChangedAt));
        _statement.Bind(_firstSeenAt, firstSeenAt);
        _statement.Execute();
    }

    public void Dispose() => _statement.Dispose();
}
