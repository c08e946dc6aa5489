using System.Collections.Concurrent;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Application;

/// <summary>
/// Keeps each client's current month ledger for a few seconds, so the overview of 200 clients does
/// not recompute 200 months per page view. Writes through this process invalidate at once; writes
/// by another process (the CLI on the same database) show within <see cref="Freshness"/>.
/// </summary>
internal sealed class MonthLedgerCache(LedgerService ledger, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<(string ClientId, LedgerMonth Month), (MonthLedger Ledger, DateTimeOffset At)> _months = new();

    public async Task<MonthLedger> GetAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_months.TryGetValue((clientId, month), out var cached) && now - cached.At < Freshness)
        {
            return cached.Ledger;
        }

        var computed = await ledger.GetMonthAsync(clientId, month, cancellationToken).ConfigureAwait(false);
        _months[(clientId, month)] = (computed, now);
        return computed;
    }

    public void Invalidate(string clientId)
    {
        foreach (var key in _months.Keys.Where(k => k.ClientId == clientId))
        {
            _months.TryRemove(key, out _);
        }
    }
}
