using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Everything the ledger needs to compute one client month.</summary>
/// <param name="CarryInMinutes">The previous month's carry-out.</param>
/// <param name="Entries">The entries whose ledger month is <paramref name="Month"/>, corrections included.</param>
/// <param name="Approvals">Overage approvals for <paramref name="Month"/>.</param>
/// <param name="MiniProjects">All the client's mini-projects.</param>
/// <param name="ChangesDelivered">All the client's delivered changes.</param>
public sealed record MonthInput(
    ClientProfile Client,
    LedgerMonth Month,
    int CarryInMinutes,
    IReadOnlyList<WorkEntry> Entries,
    IReadOnlyList<OverageApproval> Approvals,
    IReadOnlyList<MiniProject> MiniProjects,
    IReadOnlyList<ChangeDelivered> ChangesDelivered);
