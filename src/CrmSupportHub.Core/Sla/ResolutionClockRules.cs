using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// The resolution clock: runs from the CRM's creation time while the request is open and not
/// waiting. Closing stops it; reopening resumes it, the closed stretch counting as a pause. It
/// ends at the last closing if the request is still closed, and is cancelled by conversion to a
/// mini-project or deletion while open (a request deleted after closing keeps its outcome).
/// </summary>
internal static class ResolutionClockRules
{
    /// <param name="events">Ordered events from the Created event on.</param>
    public static ClockRecorder Trace(ReadOnlySpan<RequestEvent> events)
    {
        var start = events[0].OccurredAt;
        var clock = new ClockRecorder(start);
        var stage = StageCategory.Initial;
        var statusClosed = false;
        DateTimeOffset? closedSince = null;
        foreach (var e in events)
        {
            var at = e.OccurredAt > start ? e.OccurredAt : start;
            switch (e.Kind)
            {
                case RequestEventKind.Created or RequestEventKind.StageChanged:
                    stage = e.Stage ?? stage;
                    break;
                case RequestEventKind.Closed:
                    statusClosed = true;
                    break;
                case RequestEventKind.Reopened:
                    statusClosed = false;
                    break;
                case RequestEventKind.ConvertedToMiniProject or RequestEventKind.Deleted:
                    var cancellation = e.Kind == RequestEventKind.Deleted ? SlaStopCause.Deleted : SlaStopCause.ConvertedToMiniProject;
                    clock.Halt(closedSince is { } closed ? new SlaStop(closed, SlaStopCause.Closed) : new SlaStop(at, cancellation));
                    return clock;
                default:
                    continue;
            }

            var isClosed = statusClosed || stage == StageCategory.Closed;
            closedSince = isClosed ? closedSince ?? at : null;
            var kind = isClosed || stage == StageCategory.Waiting ? SlaPeriodKind.Paused : SlaPeriodKind.Counted;
            var cause = isClosed ? PeriodCause.Closed
                : e.Kind == RequestEventKind.Reopened ? PeriodCause.Reopened
                : PeriodCause.StageOf(e, stage);
            clock.Continue(kind, at, cause);
        }

        if (closedSince is { } closedAt)
        {
            clock.Halt(new SlaStop(closedAt, SlaStopCause.Closed));
        }

        return clock;
    }
}
