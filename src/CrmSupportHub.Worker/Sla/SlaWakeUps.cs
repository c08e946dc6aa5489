namespace CrmSupportHub.Worker.Sla;

/// <summary>
/// Wakes the milestone scheduler at the instant a request's next warning or breach falls due: one
/// <see cref="TimeProvider"/> timer armed for the earliest instant of a priority queue, so a
/// milestone fires at its due moment rather than at the next periodic scan, and tests drive it
/// with a fake clock. A request has at most one live wake-up; rescheduling replaces it.
/// </summary>
internal sealed class SlaWakeUps : IDisposable
{
    // System.Threading timers accept at most ~49 days; a later instant is reached in hops.
    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromDays(30);

    private readonly Lock _gate = new();
    private readonly PriorityQueue<RequestRef, DateTimeOffset> _queue = new();
    private readonly Dictionary<RequestRef, DateTimeOffset> _live = [];
    private readonly TimeProvider _time;
    private readonly Action<RequestRef> _due;
    private readonly ITimer _timer;
    private DateTimeOffset? _armedFor;

    /// <param name="due">Called (on a timer thread) for each request whose wake-up instant has come.</param>
    public SlaWakeUps(TimeProvider time, Action<RequestRef> due)
    {
        _time = time;
        _due = due;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Requests waiting for a wake-up.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _live.Count;
            }
        }
    }

    public DateTimeOffset? WakeUpOf(RequestRef request)
    {
        lock (_gate)
        {
            return _live.TryGetValue(request, out var at) ? at : null;
        }
    }

    public void Schedule(RequestRef request, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_live.TryGetValue(request, out var current) && current == at)
            {
                return;
            }

            _live[request] = at;
            _queue.Enqueue(request, at);
            Arm();
        }
    }

    public void Cancel(RequestRef request)
    {
        lock (_gate)
        {
            // The queue entry stays and is skipped when it surfaces: removal from a heap is O(n).
            _live.Remove(request);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Fire()
    {
        var due = new List<RequestRef>();
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            while (_queue.TryPeek(out var request, out var at) && at <= now)
            {
                _queue.Dequeue();
                if (_live.TryGetValue(request, out var live) && live == at)
                {
                    _live.Remove(request);
                    due.Add(request);
                }
            }

            _armedFor = null;
            Arm();
        }

        foreach (var request in due)
        {
            _due(request);
        }
    }

    /// <summary>Sets the timer for the earliest live wake-up. Caller holds the lock.</summary>
    private void Arm()
    {
        while (_queue.TryPeek(out var head, out var at) && !(_live.TryGetValue(head, out var live) && live == at))
        {
            _queue.Dequeue();
        }

        if (!_queue.TryPeek(out _, out var next))
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _armedFor = null;
            return;
        }

        if (_armedFor == next)
        {
            return;
        }

        var delay = next - _time.GetUtcNow();
        _timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxTimerDelay ? MaxTimerDelay : delay, Timeout.InfiniteTimeSpan);
        _armedFor = next;
    }
}
