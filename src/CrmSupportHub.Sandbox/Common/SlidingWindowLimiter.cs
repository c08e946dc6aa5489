namespace CrmSupportHub.Sandbox.Common;

/// <summary>The answer of <see cref="SlidingWindowLimiter.TryAcquire"/>.</summary>
/// <param name="ResetSeconds">Whole seconds until the oldest call in the window leaves it.</param>
internal readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);

/// <summary>At most <c>limit</c> calls in any rolling window (a burst limit like Pipedrive's 20 per 2 s); 0 disables it.</summary>
internal sealed class SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _calls = new();

    public bool Enabled => limit > 0;

    public RateDecision TryAcquire()
    {
        if (!Enabled)
        {
            return new RateDecision(true, 0, 0, 0);
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_calls.TryPeek(out var oldest) && oldest <= now - window)
            {
                _calls.Dequeue();
            }

            var allowed = _calls.Count < limit;
            if (allowed)
            {
                _calls.Enqueue(now);
            }

            var reset = _calls.TryPeek(out var first) ? first + window - now : TimeSpan.Zero;
            return new RateDecision(allowed, limit, limit - _calls.Count, (int)Math.Ceiling(reset.TotalSeconds));
        }
    }
}
