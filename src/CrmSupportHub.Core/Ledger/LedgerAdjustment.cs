namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// An entry dated in a month that was already closed when it was recorded, so it counts in a later
/// month. <paramref name="Corrects"/> names the entry it corrects, if any.
/// </summary>
public sealed record LedgerAdjustment(
    long EntryId,
    long? Corrects,
    DateOnly Date,
    int Minutes,
    WorkKind Kind,
    string? RequestId,
    string? Note);
