namespace CrmSupportHub.Core.Ledger;

public sealed partial class LedgerService
{
    /// <summary>The entries that count in <paramref name="month"/>, corrections included, in recorded order.</summary>
    public Task<IReadOnlyList<WorkEntry>> ListEntriesAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken) =>
        _store.ListEntriesAsync(Client(clientId).Id, month, cancellationToken);

    public Task<WorkEntry?> GetEntryAsync(string clientId, long entryId, CancellationToken cancellationToken) =>
        _store.GetEntryAsync(Client(clientId).Id, entryId, cancellationToken);

    public Task<IReadOnlyList<OverageApproval>> ListApprovalsAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken) =>
        _store.ListApprovalsAsync(Client(clientId).Id, month, cancellationToken);

    public Task<IReadOnlyList<MiniProject>> ListMiniProjectsAsync(string clientId, CancellationToken cancellationToken) =>
        _store.ListMiniProjectsAsync(Client(clientId).Id, cancellationToken);

    /// <summary>Today in the client's time zone.</summary>
    public DateOnly CurrentDay(string clientId) => Today(Client(clientId));

    /// <summary>The client's month that is open for new work today, in its time zone.</summary>
    public LedgerMonth CurrentMonth(string clientId) => LedgerMonth.Of(Today(Client(clientId)));
}
