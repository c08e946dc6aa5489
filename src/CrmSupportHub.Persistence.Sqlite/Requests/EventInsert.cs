using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>Appends to <c>request_events</c>, many rows per statement; sequences follow the order of <see cref="Add"/>.</summary>
internal sealed class EventInsert : IDisposable
{
    private const string Head = """
        INSERT INTO request_events (client_id, request_id, kind, occurred_at, recorded_at, source,
                                    stage_id, stage, assignee_id, actor, note)
        VALUES
        """;

    private readonly MultiRowInsert<RequestEvent> _insert;

    public EventInsert(SqliteTransaction transaction) =>
        _insert = new(transaction, Head, columns: 11, tail: string.Empty, static (row, requestEvent) =>
        {
            row.Text(0, requestEvent.ClientId);
            row.Text(1, requestEvent.RequestId);
            row.Text(2, DbText.FromEnum(requestEvent.Kind));
            row.Instant(3, requestEvent.OccurredAt);
            row.Instant(4, requestEvent.RecordedAt);
            row.Text(5, DbText.FromEnum(requestEvent.Source));
            row.Text(6, requestEvent.StageId);
            row.Text(7, requestEvent.Stage is { } stage ? DbText.FromEnum(stage) : null);
            row.Text(8, requestEvent.AssigneeId);
            row.Text(9, requestEvent.Actor);
            row.Text(10, requestEvent.Note);
        });

    public void Add(RequestEvent requestEvent) => _insert.Add(requestEvent);

    /// <summary>Writes what is still pending; call before the transaction commits.</summary>
    public void Flush() => _insert.Flush();

    public void Dispose() => _insert.Dispose();
}
