using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Measures a recorded clock in business time: the timeline, the instant each threshold is
/// (or, while running, will be) reached, and the resulting state.
/// </summary>
internal static class ClockEvaluator
{
    public static SlaClock Evaluate(
        SlaClockKind kind,
        string clientId,
        string requestId,
        ContractVersion contract,
        ClockTerms terms,
        ClockRecorder recorder,
        BusinessCalendar calendar,
        DateTimeOffset startedAt,
        DateTimeOffset now)
    {
        var levels = terms.Levels;
        var reached = new DateTimeOffset[levels.Length];
        var reachedCount = 0;
        var spans = recorder.Spans();
        var timeline = new SlaPeriod[spans.Count];
        var elapsed = 0L;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var business = calendar.Between(span.Start, span.End ?? now).Ticks;
            timeline[i] = new SlaPeriod(span.Kind, span.Start, span.End, TimeSpan.FromTicks(business), contract, span.Cause.ToString());
            if (span.Kind != SlaPeriodKind.Counted)
            {
                continue;
            }

            // An open counted period runs on past now: thresholds ahead are projected along it.
            while (reachedCount < levels.Length && (span.End is null || elapsed + business >= levels[reachedCount].Ticks))
            {
                reached[reachedCount] = calendar.Add(span.Start, TimeSpan.FromTicks(levels[reachedCount].Ticks - elapsed));
                reachedCount++;
            }

            elapsed += business;
        }

        var stop = recorder.Stop;
        var milestones = Milestones(levels, reached, reachedCount, stop);
        var due = milestones.Count > 0 && milestones[^1].Kind == SlaMilestoneKind.Breach ? milestones[^1].DueAt : (DateTimeOffset?)null;
        return new SlaClock
        {
            ClientId = clientId,
            RequestId = requestId,
            Kind = kind,
            State = State(stop, due, recorder.Kind, now),
            Contract = contract,
            Target = terms.Target,
            StartedAt = startedAt,
            EvaluatedAt = now,
            DueAt = due,
            Elapsed = TimeSpan.FromTicks(elapsed),
            Stop = stop,
            Timeline = timeline,
            Milestones = milestones,
        };
    }

    private static SlaClockState State(SlaStop? stop, DateTimeOffset? due, SlaPeriodKind current, DateTimeOffset now) => stop switch
    {
        // A breach that happened before the clock stopped stays a breach, whatever stopped it.
        not null when due is not null => SlaClockState.Breached,
        { IsCancellation: true } => SlaClockState.Cancelled,
        not null => SlaClockState.Met,
        _ when due <= now => SlaClockState.Breached,
        _ => current == SlaPeriodKind.Paused ? SlaClockState.Paused : SlaClockState.Running,
    };

    /// <summary>Milestones reached; a stopped clock keeps only those reached strictly before its stop.</summary>
    private static List<SlaMilestone> Milestones(ClockLevel[] levels, DateTimeOffset[] reached, int count, SlaStop? stop)
    {
        var milestones = new List<SlaMilestone>(count);
        for (var i = 0; i < count; i++)
        {
            if (stop is null || reached[i] < stop.At)
            {
                milestones.Add(new SlaMilestone(levels[i].Kind, levels[i].Threshold, reached[i]));
            }
        }

        return milestones;
    }
}
