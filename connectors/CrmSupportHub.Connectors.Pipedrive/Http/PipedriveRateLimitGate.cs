using System.Globalization;

namespace CrmSupportHub.Connectors.Pipedrive.Http;

/// <summary>
/// The per-token burst window (e.g. 20 requests per rolling 2 s on Lite), shared by every request of
/// one client: when <c>x-ratelimit-remaining</c> reaches 0, the next request waits
/// <c>x-ratelimit-reset</c> seconds instead of spending a 429 (repeated 429s can get a token a 403).
/// </summary>
internal sealed class PipedriveRateLimitGate(TimeProvider time)
{
    /// <summary>The window is 2 s; a larger reset is a misread header, not a reason to stall a poll.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private long _closedUntilTicks;

    public TimeSpan PendingWait
    {
        get
        {
            var wait = new DateTimeOffset(Interlocked.Read(ref _closedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = PendingWait;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    public void Observe(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (Header(response, "x-ratelimit-remaining") is not 0 || Header(response, "x-ratelimit-reset") is not { } reset || reset <= 0)
        {
            return;
        }

        var wait = TimeSpan.FromSeconds(Math.Min(reset, MaxWait.TotalSeconds));
        var until = (time.GetUtcNow() + wait).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _closedUntilTicks);
        }
        while (until > current && Interlocked.CompareExchange(ref _closedUntilTicks, until, current) != current);
    }

    private static int? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
