namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// The client's consent to burn up to <paramref name="Hours"/> beyond the month's available hours.
/// It covers overage recorded after <paramref name="ApprovedAt"/>; hours logged before it stay
/// unapproved unless <paramref name="CoversLoggedHours"/> says the approver explicitly accepted them.
/// </summary>
/// <param name="Id">The store's id; 0 until stored.</param>
/// <param name="Reference">Where the consent is written down (ticket, e-mail, order number).</param>
/// <param name="CoversLoggedHours">Resolves overage already logged as unapproved: shown as "approved retroactively".</param>
public sealed record OverageApproval(
    long Id,
    string ClientId,
    LedgerMonth Month,
    decimal Hours,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    string Reference,
    DateTimeOffset RecordedAt,
    bool CoversLoggedHours = false);
