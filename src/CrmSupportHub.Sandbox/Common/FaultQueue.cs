namespace CrmSupportHub.Sandbox.Common;

/// <summary>Injected faults, consulted once per API call. Faults injected one after another fire in order.</summary>
internal sealed class FaultQueue
{
    private readonly Lock _lock = new();
    private readonly Queue<Entry> _entries = new();

    public void Add(SandboxFault fault, int times, int afterCalls)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentOutOfRangeException.ThrowIfNegative(afterCalls);
        lock (_lock)
        {
            _entries.Enqueue(new Entry(fault, times, afterCalls));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    /// <summary>The fault to answer the current call with, if any.</summary>
    public SandboxFault? Next()
    {
        lock (_lock)
        {
            if (!_entries.TryPeek(out var head))
            {
                return null;
            }

            if (head.SkipCalls > 0)
            {
                head.SkipCalls--;
                return null;
            }

            if (--head.Times == 0)
            {
                _entries.Dequeue();
            }

            return head.Fault;
        }
    }

    private sealed class Entry(SandboxFault fault, int times, int skipCalls)
    {
        public SandboxFault Fault { get; } = fault;

        public int Times { get; set; } = times;

        public int SkipCalls { get; set; } = skipCalls;
    }
}
