using System.Globalization;

namespace CrmSupportHub.Connectors.Pipedrive.Http;

/// <summary>
/// The per-token burst window (e.g. 20 requests per rolling 2 s on Lite), shared by every request of
/// one client. While the client's own requests fill the window (<c>x-ratelimit-limit</c> of them
/// answered in the last 2 s, or in flight), the next one waits until the oldest answer is 2 s old:
/// Pipedrive counted that request when it arrived, earlier still, so it has left the window by
/// then. When <c>x-ratelimit-remaining</c> reaches 0 although the client's own requests do not
/// explain it (others use the token), the next request waits <c>x-ratelimit-reset</c> seconds.
/// Either way no 429 is spent (repeated 429s can get a token a 403).
/// </summary>
internal sealed class PipedriveRateLimitGate(TimeProvider time)
{
    /// <summary>Pipedrive's documented burst window.</summary>
    internal static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>The window is 2 s; a larger reset is a misread header, not a reason to stall a poll.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _answered = new();
    private int _inFlight;
    private int _limit;
    private DateTimeOffset _closedUntil = DateTimeOffset.MinValue;

    public TimeSpan PendingWait
    {
        get
        {
            lock (_lock)
            {
                return Wait(time.GetUtcNow());
            }
        }
    }

    /// <summary>Waits for a place in the window and takes it; <see cref="Observe"/> gives it back.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                wait = Wait(time.GetUtcNow());
                if (wait == TimeSpan.Zero)
                {
                    _inFlight++;
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records an answer (or, with <see langword="null"/>, an attempt that got none) and its rate-limit headers.</summary>
    public void Observe(HttpResponseMessage? response)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
            _answered.Enqueue(now);
            Trim(now);
            if (response is null)
            {
                return;
            }

            if (Header(response, "x-ratelimit-limit") is > 0 and var limit)
            {
                _limit = limit;
            }

            if (Header(response, "x-ratelimit-remaining") is 0 && Header(response, "x-ratelimit-reset") is > 0 and var reset
                && (_limit == 0 || _answered.Count < _limit))
            {
                var until = now + TimeSpan.FromSeconds(Math.Min(reset, MaxWait.TotalSeconds));
                _closedUntil = until > _closedUntil ? until : _closedUntil;
            }
        }
    }

    private TimeSpan Wait(DateTimeOffset now)
    {
        Trim(now);
        var until = _closedUntil;
        if (_limit > 0 && _answered.Count + _inFlight >= _limit)
        {
            // With every place taken by requests still in flight, look again shortly.
            var own = _answered.Count > 0 ? _answered.Peek() + Window : now + (Window / 10);
            until = own > until ? own : until;
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    private void Trim(DateTimeOffset now)
    {
        while (_answered.TryPeek(out var oldest) && oldest <= now - Window)
        {
            _answered.Dequeue();
        }
    }

    private static int? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
