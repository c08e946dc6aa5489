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
        TimeSpan target,
        ClockRecorder recorder,
        BusinessCalendar calendar,
        DateTimeOffset startedAt,
        DateTimeOffset now)
    {
        var levels = Levels(contract.Terms.WarningThresholds, target);
        var reached = new DateTimeOffset[levels.Length];
        var reachedCount = 0;
        var spans = recorder.Spans();
        var timeline = new SlaPeriod[spans.Count];
        var elapsed = 0L;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var business = calendar.Between(span.Start, span.End ?? now).Ticks;
            timeline[i] = new SlaPeriod(span.Kind, span.Start, span.End, TimeSpan.FromTicks(business), contract, span.Reason);
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
            Target = target,
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
    private static List<SlaMilestone> Milestones((SlaMilestoneKind Kind, decimal Threshold, long Ticks)[] levels, DateTimeOffset[] reached, int count, SlaStop? stop)
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

    /// <summary>Warnings strictly between 0 and 1, ascending and distinct, then the breach at 1.</summary>
    private static (SlaMilestoneKind Kind, decimal Threshold, long Ticks)[] Levels(IReadOnlyList<decimal> thresholds, TimeSpan target)
    {
        var levels = new List<(SlaMilestoneKind, decimal, long)>(thresholds.Count + 1);
        foreach (var threshold in thresholds.Where(t => t is > 0m and < 1m).Distinct().Order())
        {
            levels.Add((SlaMilestoneKind.Warning, threshold, (long)Math.Round(target.Ticks * threshold)));
        }

        levels.Add((SlaMilestoneKind.Breach, 1m, target.Ticks));
        return [.. levels];
    }
}
