namespace CrmSupportHub.Core.Requests;

/// <summary>Where an event came from.</summary>
public enum EventSource
{
    Poll,
    Webhook,
    Hub,
}

/// <summary>
/// One entry of a request's append-only event log. SLA clocks are derived from these events.
/// </summary>
/// <param name="OccurredAt">When it happened in the CRM (or in the hub for <see cref="EventSource.Hub"/>).</param>
/// <param name="RecordedAt">When the hub recorded it.</param>
/// <param name="StageId">The stage after the event, for <see cref="RequestEventKind.Created"/> and <see cref="RequestEventKind.StageChanged"/>.</param>
/// <param name="Stage">The category of that stage.</param>
/// <param name="AssigneeId">The assignee after the event, for <see cref="RequestEventKind.Assigned"/> and <see cref="RequestEventKind.Created"/>.</param>
/// <param name="Actor">Who did it, when known (an analyst for hub events).</param>
public sealed record RequestEvent(
    string ClientId,
    string RequestId,
    RequestEventKind Kind,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    EventSource Source,
    string? StageId = null,
    StageCategory? Stage = null,
    string? AssigneeId = null,
    string? Actor = null,
    string? Note = null)
{
    /// <summary>The store's sequence number; 0 until stored.</summary>
    public long Sequence { get; init; }
}
