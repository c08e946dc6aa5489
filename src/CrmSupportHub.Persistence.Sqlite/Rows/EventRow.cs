using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>request_events</c> row as Dapper reads it.</summary>
internal sealed class EventRow
{
    public const string Columns =
        "sequence AS Sequence, client_id AS ClientId, request_id AS RequestId, kind AS Kind, occurred_at AS OccurredAt, " +
        "recorded_at AS RecordedAt, source AS Source, stage_id AS StageId, stage AS Stage, assignee_id AS AssigneeId, " +
        "actor AS Actor, note AS Note";

    public long Sequence { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string RequestId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string OccurredAt { get; set; } = string.Empty;

    public string RecordedAt { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public string? StageId { get; set; }

    public string? Stage { get; set; }

    public string? AssigneeId { get; set; }

    public string? Actor { get; set; }

    public string? Note { get; set; }

    public RequestEvent ToEvent() => new(
        ClientId,
        RequestId,
        DbText.ToEnum<RequestEventKind>(Kind),
        DbText.ToInstant(OccurredAt),
        DbText.ToInstant(RecordedAt),
        DbText.ToEnum<EventSource>(Source),
        StageId,
        DbText.ToEnumOrNull<StageCategory>(Stage),
        AssigneeId,
        Actor,
        Note)
    {
        Sequence = Sequence,
    };
}
