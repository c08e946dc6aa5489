using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>One compiled insert into <c>request_events</c>, run once per event of a transaction.</summary>
internal sealed class EventInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO request_events (client_id, request_id, kind, occurred_at, recorded_at, source,
                                    stage_id, stage, assignee_id, actor, note)
        VALUES ($client_id, $request_id, $kind, $occurred_at, $recorded_at, $source,
                $stage_id, $stage, $assignee_id, $actor, $note)
        """;

    private readonly SqliteStatement _statement;
    private readonly int _clientId, _requestId, _kind, _occurredAt, _recordedAt, _source;
    private readonly int _stageId, _stage, _assigneeId, _actor, _note;

    public EventInsert(SqliteTransaction transaction)
    {
        _statement = new SqliteStatement(transaction, Sql);
        _clientId = _statement.IndexOf("$client_id");
        _requestId = _statement.IndexOf("$request_id");
        _kind = _statement.IndexOf("$kind");
        _occurredAt = _statement.IndexOf("$occurred_at");
        _recordedAt = _statement.IndexOf("$recorded_at");
        _source = _statement.IndexOf("$source");
        _stageId = _statement.IndexOf("$stage_id");
        _stage = _statement.IndexOf("$stage");
        _assigneeId = _statement.IndexOf("$assignee_id");
        _actor = _statement.IndexOf("$actor");
        _note = _statement.IndexOf("$note");
    }

    public void Execute(RequestEvent requestEvent)
    {
        _statement.Bind(_clientId, requestEvent.ClientId);
        _statement.Bind(_requestId, requestEvent.RequestId);
        _statement.Bind(_kind, DbText.FromEnum(requestEvent.Kind));
        _statement.Bind(_occurredAt, DbText.FromInstant(requestEvent.OccurredAt));
        _statement.Bind(_recordedAt, DbText.FromInstant(requestEvent.RecordedAt));
        _statement.Bind(_source, DbText.FromEnum(requestEvent.Source));
        _statement.Bind(_stageId, requestEvent.StageId);
        _statement.Bind(_stage, requestEvent.Stage is { } stage ? DbText.FromEnum(stage) : null);
        _statement.Bind(_assigneeId, requestEvent.AssigneeId);
        _statement.Bind(_actor, requestEvent.Actor);
        _statement.Bind(_note, requestEvent.Note);
        _statement.Execute();
    }

    public void Dispose() => _statement.Dispose();
}
