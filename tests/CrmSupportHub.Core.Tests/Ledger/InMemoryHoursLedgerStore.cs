using System.Text.Json;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>
/// A list-backed <see cref="IHoursLedgerStore"/> for tests. Closed months are kept as JSON, as a
/// database would keep them, so a snapshot that reads back differently would show.
/// </summary>
internal sealed class InMemoryHoursLedgerStore : IHoursLedgerStore
{
    private readonly Lock _gate = new();
    private readonly List<WorkEntry> _entries = [];
    private readonly List<OverageApproval> _approvals = [];
    private readonly List<MiniProject> _miniProjects = [];
    private readonly List<ChangeDelivered> _changes = [];
    private readonly List<SessionRecord> _sessions = [];
    private readonly Dictionary<(string, LedgerMonth), string> _closed = [];

    /// <summary>Answers "no month closed yet" to the latest-closed query, as a writer that read before another one closed.</summary>
    public bool HidesClosedMonths { get; set; }

    public IReadOnlyList<WorkEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<string, long> versions = _entries.Select(e => e.ClientId)
                .Concat(_approvals.Select(a => a.ClientId)).Concat(_miniProjects.Select(m => m.ClientId))
                .Concat(_changes.Select(c => c.ClientId)).Concat(_sessions.Select(s => s.ClientId)).Concat(_closed.Keys.Select(k => k.Item1))
                .GroupBy(id => id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
            return Task.FromResult(versions);
        }
    }

    public Task<WorkEntry> AppendEntryAsync(WorkEntry entry, CancellationToken cancellationToken) =>
        Add(_entries, entry with { Id = _entries.Count + 1 });

    public Task<WorkEntry?> GetEntryAsync(string clientId, long entryId, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_entries, e => e.ClientId == clientId && e.Id == entryId).SingleOrDefault());

    public Task<IReadOnlyList<WorkEntry>> ListEntriesAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_entries, e => e.ClientId == clientId && e.Month == month));

    public Task<IReadOnlyList<WorkEntry>> ListCorrectionsAsync(string clientId, long entryId, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_entries, e => e.ClientId == clientId && e.Corrects == entryId));

    public Task<IReadOnlyList<WorkEntry>> ListEntriesForRequestAsync(string clientId, string requestId, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_entries, e => e.ClientId == clientId && e.RequestId == requestId));

    public Task<OverageApproval> SaveApprovalAsync(OverageApproval approval, CancellationToken cancellationToken) =>
        Add(_approvals, approval with { Id = _approvals.Count + 1 });

    public Task<IReadOnlyList<OverageApproval>> ListApprovalsAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_approvals, a => a.ClientId == clientId && a.Month == month));

    public Task SaveMiniProjectAsync(MiniProject miniProject, CancellationToken cancellationToken) => Add(_miniProjects, miniProject);

    public Task<IReadOnlyList<MiniProject>> ListMiniProjectsAsync(string clientId, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_miniProjects, p => p.ClientId == clientId));

    public Task SaveChangeDeliveredAsync(ChangeDelivered change, CancellationToken cancellationToken) => Add(_changes, change);

    public Task<IReadOnlyList<ChangeDelivered>> ListChangesDeliveredAsync(string clientId, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_changes, c => c.ClientId == clientId));

    public Task<SessionRecord> AppendSessionAsync(SessionRecord session, CancellationToken cancellationToken) =>
        Add(_sessions, session with { Id = _sessions.Count + 1 });

    public Task<IReadOnlyList<SessionRecord>> ListSessionsAsync(string clientId, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        Task.FromResult(Where(_sessions, s => s.ClientId == clientId && s.Date >= first && s.Date <= last));

    public Task<bool> SaveClosedMonthAsync(ClosedMonth closedMonth, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_closed.TryAdd((closedMonth.ClientId, closedMonth.Month), JsonSerializer.Serialize(closedMonth, LedgerJson.Options)));
        }
    }

    public Task<ClosedMonth?> GetClosedMonthAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_closed.TryGetValue((clientId, month), out var json) ? Read(json) : null);
        }
    }

    public Task<ClosedMonth?> GetLatestClosedMonthAsync(string clientId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var latest = _closed.Where(c => c.Key.Item1 == clientId && !HidesClosedMonths).OrderBy(c => c.Key.Item2).Select(c => c.Value).LastOrDefault();
            return Task.FromResult(latest is null ? null : Read(latest));
        }
    }

    private static ClosedMonth? Read(string json) => JsonSerializer.Deserialize<ClosedMonth>(json, LedgerJson.Options);

    private Task<T> Add<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
            return Task.FromResult(item);
        }
    }

    private IReadOnlyList<T> Where<T>(List<T> list, Func<T, bool> predicate)
    {
        lock (_gate)
        {
            return [.. list.Where(predicate)];
        }
    }
}
