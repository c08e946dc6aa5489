namespace CrmSupportHub.Connectors.KeyCrm.Http;

/// <summary>
/// Grants at most <c>permits</c> requests in any sliding <c>window</c>, waiting (on the injected
/// clock) for the oldest grant to age out. KeyCRM allows 60 requests a minute per API key and
/// answers 429 beyond it; staying under costs less than being throttled.
/// </summary>
internal sealed class RequestRateLimiter(int permits, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Queue<Permit> _grants = new();

    public int Permits { get; } = permits > 0 ? permits : throw new ArgumentOutOfRangeException(nameof(permits));

    public async ValueTask<Permit> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                while (_grants.Count > 0 && time.GetElapsedTime(_grants.Peek().Stamp, now) >= window)
                {
                    _grants.Dequeue();
                }

                if (_grants.Count < Permits)
                {
                    var permit = new Permit(now);
                    _grants.Enqueue(permit);
                    return permit;
                }

                await Task.Delay(window - time.GetElapsedTime(_grants.Peek().Stamp, now), time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Restarts the permit's window at the answer. KeyCRM counted the request when it arrived, after
    /// the grant and before the answer: a window from the grant can end a little before KeyCRM's
    /// (a 429 at the turn of every minute); a window from the answer never does.
    /// </summary>
    public void Complete(Permit permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        permit.Stamp = time.GetTimestamp();
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>One granted request; its window runs from <see cref="Stamp"/>.</summary>
    internal sealed class Permit(long stamp)
    {
        private long _stamp = stamp;

        public long Stamp
        {
            get => Interlocked.Read(ref _stamp);
            set => Interlocked.Exchange(ref _stamp, value);
        }
    }
}
