using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Sla;

/// <summary>How urgent a clock is for an analyst.</summary>
public enum ClockUrgency
{
    /// <summary>Stopped (met or cancelled): nothing to do.</summary>
    None,

    /// <summary>Running or paused, no warning reached.</summary>
    Normal,

    /// <summary>A warning threshold has been reached: at risk.</summary>
    AtRisk,

    Breached,
}

/// <summary>
/// A clock as it stands at <see cref="At"/>: a running clock computed earlier is brought forward
/// (business time left shrinks, past its due instant it is breached) without recomputing its log.
/// </summary>
/// <param name="TimeLeft">Business time left to the target: negative once breached, frozen while paused, null once stopped.</param>
public sealed record ClockView(
    SlaClockKind Kind,
    SlaClockState State,
    TimeSpan Target,
    DateTimeOffset StartedAt,
    DateTimeOffset? DueAt,
    TimeSpan? TimeLeft,
    ClockUrgency Urgency,
    DateTimeOffset At)
{
    public static ClockView Of(SlaClock clock, BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(calendar);
        var state = clock.State;
        TimeSpan? left = null;
        switch (state)
        {
            case SlaClockState.Running when clock.DueAt is { } due:
                left = calendar.Between(now, due);
                state = left <= TimeSpan.Zero ? SlaClockState.Breached : SlaClockState.Running;
                break;
            case SlaClockState.Paused:
                left = clock.Remaining;
                break;
            case SlaClockState.Breached when clock.Stop is null && clock.DueAt is { } due:
                left = -calendar.Between(due, now);
                break;
        }

        var urgency = state switch
        {
            SlaClockState.Breached => ClockUrgency.Breached,
            SlaClockState.Met or SlaClockState.Cancelled => ClockUrgency.None,
            _ when clock.Milestones.Any(m => m.Kind == SlaMilestoneKind.Warning && m.DueAt <= now) => ClockUrgency.AtRisk,
            _ => ClockUrgency.Normal,
        };
        return new ClockView(clock.Kind, state, clock.Target, clock.StartedAt, clock.DueAt, left, urgency, now);
    }

    /// <summary>Still counting or paused: the request waits for a reaction.</summary>
    public bool IsOpen => State is SlaClockState.Running or SlaClockState.Paused || (State == SlaClockState.Breached && TimeLeft is not null);
}
