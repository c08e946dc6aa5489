namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>
/// This process's turn to write: SQLite lets one writer in at a time, and a writer that finds the
/// lock taken sleeps in SQLite's busy handler (1, 2, 5, 10 ms...) even when the lock is free again
/// a moment later. Writers of one process queue here instead and go in as soon as the previous
/// one is done; the busy timeout still covers writers in other processes (the command line).
/// </summary>
internal sealed class WriteTurn : IDisposable
{
    private readonly SemaphoreSlim _gate;
    private int _released;

    private WriteTurn(SemaphoreSlim gate) => _gate = gate;

    public static async Task<WriteTurn> TakeAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTurn(gate);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _gate.Release();
        }
    }
}
