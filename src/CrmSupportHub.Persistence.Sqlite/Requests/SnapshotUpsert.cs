using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>One prepared upsert into <c>requests</c>, executed once per snapshot of a transaction.</summary>
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

    private readonly PreparedCommand _command;
    private readonly SqliteParameter _clientId, _externalId, _title, _stageId, _stage, _assigneeId, _status;
    private readonly SqliteParameter _createdAt, _updatedAt, _stageChangedAt, _firstSeenAt;

    public SnapshotUpsert(SqliteTransaction transaction)
    {
        _command = new PreparedCommand(transaction, Sql);
        _clientId = _command.Add("$client_id");
        _externalId = _command.Add("$external_id");
        _title = _command.Add("$title");
        _stageId = _command.Add("$stage_id");
        _stage = _command.Add("$stage");
        _assigneeId = _command.Add("$assignee_id");
        _status = _command.Add("$status");
        _createdAt = _command.Add("$created_at");
        _updatedAt = _command.Add("$updated_at");
        _stageChangedAt = _command.Add("$stage_changed_at");
        _firstSeenAt = _command.Add("$first_seen_at");
    }

    /// <param name="firstSeenAt">Stored only when the request is new.</param>
    public void Execute(RequestSnapshot snapshot, string firstSeenAt)
    {
        _clientId.Value = snapshot.ClientId;
        _externalId.Value = snapshot.ExternalId;
        _title.Value = snapshot.Title;
        _stageId.Value = PreparedCommand.Nullable(snapshot.StageId);
        _stage.Value = snapshot.Stage.ToString();
        _assigneeId.Value = PreparedCommand.Nullable(snapshot.AssigneeId);
        _status.Value = snapshot.Status.ToString();
        _createdAt.Value = DbText.FromInstant(snapshot.CreatedAt);
        _updatedAt.Value = DbText.FromInstant(snapshot.UpdatedAt);
        _stageChangedAt.Value = PreparedCommand.Nullable(DbText.FromInstant(snapshot.StageChangedAt));
        _firstSeenAt.Value = firstSeenAt;
        _command.Execute();
    }

    public void Dispose() => _command.Dispose();
}
