namespace CrmSupportHub.Core.Ledger;

/// <summary>A correction of entry <paramref name="Corrects"/>: negative minutes reverse, positive minutes add.</summary>
public sealed record WorkCorrectionDraft(string ClientId, long Corrects, int Minutes, string Analyst, string? Note = null);
