using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Tests.Sla;

/// <summary>Builds one request's event log in the order the test tells its story.</summary>
internal sealed class EventLog
{
    public const string RequestId = "4711";

    private readonly List<RequestEvent> _events = [];

    private EventLog()
    {
    }

    public IReadOnlyList<RequestEvent> Events => _events;

    public static EventLog Raised(DateTimeOffset at, DateTimeOffset? recordedAt = null, StageCategory stage = StageCategory.Initial) =>
        new EventLog().Add(RequestEventKind.Created, at, recordedAt).With(e => e with { StageId = "new", Stage = stage });

    public EventLog Stage(DateTimeOffset at, StageCategory stage, string? stageId = null) =>
        Add(RequestEventKind.StageChanged, at).With(e => e with { StageId = stageId ?? stage.ToString().ToUpperInvariant(), Stage = stage });

    public EventLog Assigned(DateTimeOffset at, string assignee) =>
        Add(RequestEventKind.Assigned, at).With(e => e with { AssigneeId = assignee });

    public EventLog Responded(DateTimeOffset at, string analyst = "olena") =>
        Add(RequestEventKind.Responded, at, source: EventSource.Hub).With(e => e with { Actor = analyst });

    public EventLog Closed(DateTimeOffset at) => Add(RequestEventKind.Closed, at);

    public EventLog Reopened(DateTimeOffset at) => Add(RequestEventKind.Reopened, at);

    public EventLog Deleted(DateTimeOffset at) => Add(RequestEventKind.Deleted, at);

    public EventLog Converted(DateTimeOffset at) => Add(RequestEventKind.ConvertedToMiniProject, at, source: EventSource.Hub);

    private EventLog Add(RequestEventKind kind, DateTimeOffset at, DateTimeOffset? recordedAt = null, EventSource source = EventSource.Poll)
    {
        _events.Add(new RequestEvent(SlaClients.ClientId, RequestId, kind, at, recordedAt ?? at, source) { Sequence = _events.Count + 1 });
        return this;
    }

    private EventLog With(Func<RequestEvent, RequestEvent> change)
    {
        _events[^1] = change(_events[^1]);
        return this;
    }
}
