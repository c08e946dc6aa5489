using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>
/// The hours ledger: an append-only work log, overage approvals, mini-projects, delivered changes,
/// sessions and the frozen results of closed months. Nothing here is updated in place.
/// </summary>
public interface IHoursLedgerStore
{
    /// <summary>Appends an entry and returns it with its assigned id.</summary>
    Task<WorkEntry> AppendEntryAsync(WorkEntry entry, CancellationToken cancellationToken);

    Task<WorkEntry?> GetEntryAsync(string clientId, long entryId, CancellationToken cancellationToken);

    /// <summary>Entries whose ledger month (<see cref="WorkEntry.Month"/>) is <paramref name="month"/>, in recorded order.</summary>
    Task<IReadOnlyList<WorkEntry>> ListEntriesAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken);

    /// <summary>The corrections of an entry (entries whose <see cref="WorkEntry.Corrects"/> is <paramref name="entryId"/>).</summary>
    Task<IReadOnlyList<WorkEntry>> ListCorrectionsAsync(string clientId, long entryId, CancellationToken cancellationToken);

    /// <summary>All entries on a request, in any month.</summary>
    Task<IReadOnlyList<WorkEntry>> ListEntriesForRequestAsync(string clientId, string requestId, CancellationToken cancellationToken);

    /// <summary>Saves an overage approval and returns it with its assigned id.</summary>
    Task<OverageApproval> SaveApprovalAsync(OverageApproval approval, CancellationToken cancellationToken);

    Task<IReadOnlyList<OverageApproval>> ListApprovalsAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken);

    Task SaveMiniProjectAsync(MiniProject miniProject, CancellationToken cancellationToken);

    Task<IReadOnlyList<MiniProject>> ListMiniProjectsAsync(string clientId, CancellationToken cancellationToken);

    Task SaveChangeDeliveredAsync(ChangeDelivered change, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChangeDelivered>> ListChangesDeliveredAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Appends a held session and returns it with its assigned id.</summary>
    Task<SessionRecord> AppendSessionAsync(SessionRecord session, CancellationToken cancellationToken);

    /// <summary>Sessions held from <paramref name="first"/> to <paramref name="last"/>, both days included.</summary>
    Task<IReadOnlyList<SessionRecord>> ListSessionsAsync(string clientId, DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a closed month's frozen result. Returns <see langword="false"/> and changes nothing when
    /// the month was closed before: a snapshot is written once.
    /// </summary>
    Task<bool> SaveClosedMonthAsync(ClosedMonth closedMonth, CancellationToken cancellationToken);

    Task<ClosedMonth?> GetClosedMonthAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken);

    /// <summary>
    /// A number per client that grows whenever anything is appended to its ledger (every table is
    /// append-only), so a cached month stays valid exactly as long as its client's number is unchanged.
    /// Clients with an empty ledger are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(CancellationToken cancellationToken);

    /// <summary>The most recent closed month of the client, if any.</summary>
    Task<ClosedMonth?> GetLatestClosedMonthAsync(string clientId, CancellationToken cancellationToken);
}
