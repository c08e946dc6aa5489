namespace CrmSupportHub.Core.Ledger;

/// <summary>An overage approval to record; see <see cref="OverageApproval"/>.</summary>
public sealed record OverageApprovalDraft(
    string ClientId,
    LedgerMonth Month,
    decimal Hours,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    string Reference,
    bool CoversLoggedHours = false);
