namespace CrmSupportHub.Connectors.KeyCrm.Http;

/// <summary>
/// Grants at most <c>permits</c> requests in any sliding <c>window</c>, waiting (on the injected
/// clock) for the oldest grant to age out. KeyCRM allows 60 requests a minute per API key and
/// answers 429 beyond it; staying under costs less than being throttled.
/// </summary>
internal sealed class RequestRateLimiter(int permits, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Queue<long> _grants = new();

    public int Permits { get; } = permits > 0 ? permits : throw new ArgumentOutOfRangeException(nameof(permits));

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                while (_grants.Count > 0 && time.GetElapsedTime(_grants.Peek(), now) >= window)
                {
                    _grants.Dequeue();
                }

                if (_grants.Count < Permits)
                {
                    _grants.Enqueue(now);
                    return;
                }

                await Task.Delay(window - time.GetElapsedTime(_grants.Peek(), now), time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
