using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// The reaction clock: runs from the CRM's creation time to the first reaction by the client's
/// rules, pauses in waiting stages, stops for good at closing, cancels on conversion or deletion.
/// Moving from an initial to a waiting stage is a reaction when <see cref="ReactionRules.LeavingInitialStage"/>
/// is on (the analyst reacted by asking the client); with that rule off it only pauses the clock.
/// </summary>
internal static class ReactionClockRules
{
    /// <param name="events">Ordered events from the Created event on.</param>
    public static ClockRecorder Trace(ReadOnlySpan<RequestEvent> events, ClientProfile client)
    {
        var start = events[0].OccurredAt;
        var clock = new ClockRecorder(start);
        var stage = StageCategory.Initial;
        foreach (var e in events)
        {
            if (clock.IsStopped)
            {
                break;
            }

            Apply(clock, e, e.OccurredAt > start ? e.OccurredAt : start, ref stage, client);
        }

        return clock;
    }

    private static void Apply(ClockRecorder clock, RequestEvent e, DateTimeOffset at, ref StageCategory stage, ClientProfile client)
    {
        var rules = client.Reaction;
        switch (e.Kind)
        {
            case RequestEventKind.Created or RequestEventKind.StageChanged:
                stage = e.Stage ?? stage;
                if (stage != StageCategory.Initial && rules.LeavingInitialStage)
                {
                    clock.Halt(new SlaStop(at, SlaStopCause.LeftInitialStage, e.StageId ?? stage.ToString()));
                }
                else if (stage == StageCategory.Closed)
                {
                    clock.Halt(new SlaStop(at, SlaStopCause.Closed, e.StageId));
                }
                else
                {
                    var kind = stage == StageCategory.Waiting ? SlaPeriodKind.Paused : SlaPeriodKind.Counted;
                    clock.Continue(kind, at, PeriodCause.StageOf(e, stage));
                }

                if (e.Kind == RequestEventKind.Created)
                {
                    ApplyAssignment(clock, e, at, client);
                }

                break;
            case RequestEventKind.Assigned:
                ApplyAssignment(clock, e, at, client);
                break;
            case RequestEventKind.Responded when rules.ManualResponse:
                clock.Halt(new SlaStop(at, SlaStopCause.Responded, e.Actor));
                break;
            case RequestEventKind.Closed:
                clock.Halt(new SlaStop(at, SlaStopCause.Closed));
                break;
            case RequestEventKind.ConvertedToMiniProject:
                clock.Halt(new SlaStop(at, SlaStopCause.ConvertedToMiniProject));
                break;
            case RequestEventKind.Deleted:
                clock.Halt(new SlaStop(at, SlaStopCause.Deleted));
                break;
            default:
                break;
        }
    }

    private static void ApplyAssignment(ClockRecorder clock, RequestEvent e, DateTimeOffset at, ClientProfile client)
    {
        if (client.Reaction.AssignmentToAnalyst && e.AssigneeId is { } assignee && client.AnalystUserIds.Contains(assignee))
        {
            clock.Halt(new SlaStop(at, SlaStopCause.AssignedToAnalyst, assignee));
        }
    }
}
