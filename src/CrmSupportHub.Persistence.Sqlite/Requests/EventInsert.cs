using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>One prepared insert into <c>request_events</c>, executed once per event of a transaction.</summary>
internal sealed class EventInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO request_events (client_id, request_id, kind, occurred_at, recorded_at, source,
                                    stage_id, stage, assignee_id, actor, note)
        VALUES ($client_id, $request_id, $kind, $occurred_at, $recorded_at, $source,
                $stage_id, $stage, $assignee_id, $actor, $note)
        """;

    private readonly PreparedCommand _command;
    private readonly SqliteParameter _clientId, _requestId, _kind, _occurredAt, _recordedAt, _source;
    private readonly SqliteParameter _stageId, _stage, _assigneeId, _actor, _note;

    public EventInsert(SqliteTransaction transaction)
    {
        _command = new PreparedCommand(transaction, Sql);
        _clientId = _command.Add("$client_id");
        _requestId = _command.Add("$request_id");
        _kind = _command.Add("$kind");
        _occurredAt = _command.Add("$occurred_at");
        _recordedAt = _command.Add("$recorded_at");
        _source = _command.Add("$source");
        _stageId = _command.Add("$stage_id");
        _stage = _command.Add("$stage");
        _assigneeId = _command.Add("$assignee_id");
        _actor = _command.Add("$actor");
        _note = _command.Add("$note");
    }

    public void Execute(RequestEvent requestEvent)
    {
        _clientId.Value = requestEvent.ClientId;
        _requestId.Value = requestEvent.RequestId;
        _kind.Value = requestEvent.Kind.ToString();
        _occurredAt.Value = DbText.FromInstant(requestEvent.OccurredAt);
        _recordedAt.Value = DbText.FromInstant(requestEvent.RecordedAt);
        _source.Value = requestEvent.Source.ToString();
        _stageId.Value = PreparedCommand.Nullable(requestEvent.StageId);
        _stage.Value = PreparedCommand.Nullable(requestEvent.Stage?.ToString());
        _assigneeId.Value = PreparedCommand.Nullable(requestEvent.AssigneeId);
        _actor.Value = PreparedCommand.Nullable(requestEvent.Actor);
        _note.Value = PreparedCommand.Nullable(requestEvent.Note);
        _command.Execute();
    }

    public void Dispose() => _command.Dispose();
}
