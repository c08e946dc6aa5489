namespace CrmSupportHub.Worker.Hosting;

/// <summary>
/// Wakes a background loop when new work was stored, so it need not poll tightly. Notifications
/// coalesce: several before a wait give one wake-up.
/// </summary>
internal abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // another notification won the race: one wake-up is enough
            }
        }
    }

    public void Dispose()
    {
        _signal.Dispose();
        GC.SuppressFinalize(this);
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
