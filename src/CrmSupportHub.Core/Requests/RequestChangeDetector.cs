namespace CrmSupportHub.Core.Requests;

/// <summary>
/// Turns two successive snapshots of a request into the events between them. Re-reading the same
/// or an older snapshot yields nothing, which makes polls, webhooks and replays idempotent.
/// </summary>
public static class RequestChangeDetector
{
    /// <summary>Whether <paramref name="incoming"/> should replace <paramref name="stored"/>.</summary>
    public static bool IsNewer(RequestSnapshot? stored, RequestSnapshot incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (stored is null)
        {
            return true;
        }

        if (incoming.UpdatedAt != stored.UpdatedAt)
        {
            return incoming.UpdatedAt > stored.UpdatedAt;
        }

        // Same update time but different content: some CRMs (deletions, second-resolution
        // timestamps) change a record without moving its update time.
        return incoming != stored;
    }

    public static IReadOnlyList<RequestEvent> Diff(
        RequestSnapshot? previous,
        RequestSnapshot current,
        DateTimeOffset recordedAt,
        EventSource source)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!IsNewer(previous, current))
        {
            return [];
        }

        var events = new List<RequestEvent>();
        RequestEvent New(RequestEventKind kind, DateTimeOffset at) =>
            new(current.ClientId, current.ExternalId, kind, at, recordedAt, source);

        var changedAt = current.UpdatedAt;
        var stageChangedAt = current.StageChangedAt ?? changedAt;

        if (previous is null)
        {
            // First sighting: the request was raised at the CRM's creation time, in its initial
            // stage. If it has moved on since, that move happened at the stage change time.
            var firstStageIsCurrent = current.Stage == StageCategory.Initial || stageChangedAt <= current.CreatedAt;

            // The CRM does not say when the owner was set. A record not updated since its creation
            // got its owner then, so the owner goes on the Created event itself (one event, not a
            // Created and an Assigned at the same instant); otherwise the owner was set no later
            // than the last update.
            var ownerSetAtCreation = current.UpdatedAt == current.CreatedAt;
            events.Add(New(RequestEventKind.Created, current.CreatedAt) with
            {
                StageId = firstStageIsCurrent ? current.StageId : null,
                Stage = firstStageIsCurrent ? current.Stage : StageCategory.Initial,
                AssigneeId = ownerSetAtCreation ? current.AssigneeId : null,
            });
            if (!firstStageIsCurrent)
            {
                events.Add(New(RequestEventKind.StageChanged, Max(stageChangedAt, current.CreatedAt)) with
                {
                    StageId = current.StageId,
                    Stage = current.Stage,
                });
            }

            if (current.AssigneeId is not null && !ownerSetAtCreation)
            {
                events.Add(New(RequestEventKind.Assigned, changedAt) with { AssigneeId = current.AssigneeId });
            }

            AddStatusEvents(events, RequestStatus.Open, current, changedAt, New);
            return events;
        }

        if (previous.StageId != current.StageId || previous.Stage != current.Stage)
        {
            events.Add(New(RequestEventKind.StageChanged, Max(stageChangedAt, previous.UpdatedAt)) with
            {
                StageId = current.StageId,
                Stage = current.Stage,
            });
        }

        if (previous.AssigneeId != current.AssigneeId && current.AssigneeId is not null)
        {
            events.Add(New(RequestEventKind.Assigned, changedAt) with { AssigneeId = current.AssigneeId });
        }

        AddStatusEvents(events, previous.Status, current, changedAt, New);
        return events;
    }

    private static void AddStatusEvents(
        List<RequestEvent> events,
        RequestStatus before,
        RequestSnapshot current,
        DateTimeOffset at,
        Func<RequestEventKind, DateTimeOffset, RequestEvent> create)
    {
        if (before == current.Status)
        {
            return;
        }

        var kind = current.Status switch
        {
            RequestStatus.Closed => RequestEventKind.Closed,
            RequestStatus.Deleted => RequestEventKind.Deleted,
            _ => RequestEventKind.Reopened,
        };
        events.Add(create(kind, at));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
