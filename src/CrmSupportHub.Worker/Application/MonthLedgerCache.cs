using System.Collections.Concurrent;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Application;

/// <summary>
/// Keeps each client's month ledgers until the client's ledger changes, so the overview of 200
/// clients does not recompute 200 months per page view. One grouped query reads every client's
/// ledger version (<see cref="IHoursLedgerStore.GetVersionsAsync"/>); a month is recomputed only
/// when its client's version moved, which also catches writes by another process (the CLI).
/// </summary>
internal sealed class MonthLedgerCache(LedgerService ledger, IHoursLedgerStore store)
{
    private readonly ConcurrentDictionary<(string ClientId, LedgerMonth Month), (MonthLedger Ledger, long Version)> _months = new();

    /// <summary>Every client's current ledger version, to pass to each <c>GetAsync</c> of a page of clients.</summary>
    public Task<IReadOnlyDictionary<string, long>> VersionsAsync(CancellationToken cancellationToken) => store.GetVersionsAsync(cancellationToken);

    /// <summary>One client's month, checking its ledger version first.</summary>
    public async Task<MonthLedger> GetAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken) =>
        await GetAsync(clientId, month, await VersionsAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<MonthLedger> GetAsync(string clientId, LedgerMonth month, IReadOnlyDictionary<string, long> versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var version = versions.GetValueOrDefault(clientId);
        if (_months.TryGetValue((clientId, month), out var cached) && cached.Version == version)
        {
            return cached.Ledger;
        }

        // Read after the version: a write in between is cached under the older version and recomputed next time.
        var computed = await ledger.GetMonthAsync(clientId, month, cancellationToken).ConfigureAwait(false);
        _months[(clientId, month)] = (computed, version);
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
