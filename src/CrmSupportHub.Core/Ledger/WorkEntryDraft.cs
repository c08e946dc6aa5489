namespace CrmSupportHub.Core.Ledger;

/// <summary>Work to log, as an analyst enters it.</summary>
/// <param name="Date">The day the work was done, in the client's time zone.</param>
public sealed record WorkEntryDraft(
    string ClientId,
    string? RequestId,
    string Analyst,
    DateOnly Date,
    int Minutes,
    WorkKind Kind = WorkKind.Support,
    string? Note = null);
