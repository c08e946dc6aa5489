using System.Collections.Concurrent;

namespace CrmSupportHub.Worker.Sync;

/// <summary>
/// Serializes writes per client: a poll page and a webhook for the same request must not both
/// diff against the same stored snapshot, or its events would be recorded twice.
/// </summary>
internal sealed class ClientLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string clientId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(clientId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
