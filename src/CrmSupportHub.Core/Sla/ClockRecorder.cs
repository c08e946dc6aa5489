namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Records a clock's periods while events are folded in order. A new period starts when the
/// clock switches between counted and paused, or when the reason for a pause changes;
/// zero-length periods (several events at one instant) are dropped.
/// </summary>
internal sealed class ClockRecorder(DateTimeOffset start)
{
    private readonly List<ClockSpan> _spans = new(4);
    private SlaPeriodKind _kind = SlaPeriodKind.Counted;
    private DateTimeOffset _since = start;
    private PeriodCause _cause = PeriodCause.Raised;

    public SlaStop? Stop { get; private set; }

    public bool IsStopped => Stop is not null;

    public SlaPeriodKind Kind => _kind;

    public void Continue(SlaPeriodKind kind, DateTimeOffset at, PeriodCause cause)
    {
        if (IsStopped || (kind == _kind && (kind == SlaPeriodKind.Counted || cause == _cause)))
        {
            return;
        }

        Close(at);
        (_kind, _since, _cause) = (kind, at, cause);
    }

    /// <summary>Stops the clock for good; the open period ends at the stop.</summary>
    public void Halt(SlaStop stop)
    {
        if (!IsStopped)
        {
            Close(stop.At);
            Stop = stop;
        }
    }

    /// <summary>The periods recorded; the last one is open (no end) unless the clock stopped.</summary>
    public IReadOnlyList<ClockSpan> Spans()
    {
        if (IsStopped)
        {
            return _spans;
        }

        return [.. _spans, new ClockSpan(_kind, _since, null, _cause)];
    }

    private void Close(DateTimeOffset at)
    {
        if (at > _since)
        {
            _spans.Add(new ClockSpan(_kind, _since, at, _cause));
        }
    }
}
