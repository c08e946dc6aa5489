using System.Collections.Concurrent;
using System.Globalization;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// The hours ledger as the API, the CLI and the month-closing job use it: records work, corrections,
/// approvals, mini-projects, delivered changes and sessions, computes months and closes them.
/// Writes are serialised per client, so a check (what is left to reverse, whether a month is closed)
/// still holds when the write lands; the worker runs one process per consultancy.
/// </summary>
public sealed partial class LedgerService
{
    private readonly IHoursLedgerStore _store;
    private readonly Dictionary<string, ClientProfile> _clients;
    private readonly TimeProvider _time;
    private readonly LedgerOptions _options;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public LedgerService(IHoursLedgerStore store, IEnumerable<ClientProfile> clients, TimeProvider time, LedgerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _clients = clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _time = time;
        _options = options ?? new LedgerOptions();
    }

    private ClientProfile Client(string clientId) =>
        _clients.TryGetValue(clientId ?? string.Empty, out var client)
            ? client
            : throw new LedgerException(LedgerErrorCode.UnknownClient, $"Unknown client '{clientId}': it is not configured.");

    private DateOnly Today(ClientProfile client) => client.LocalDate(_time.GetUtcNow());

    private async Task<IDisposable> LockAsync(string clientId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(clientId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private static bool IsClosed(LedgerMonth month, ClosedMonth? latest) => latest is not null && month <= latest.Month;

    private static void Require(bool condition, LedgerErrorCode code, string message)
    {
        if (!condition)
        {
            throw new LedgerException(code, message);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
