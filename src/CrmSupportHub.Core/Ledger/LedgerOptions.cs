namespace CrmSupportHub.Core.Ledger;

/// <summary>Sanity limits of the work log.</summary>
public sealed class LedgerOptions
{
    /// <summary>The most one entry (or correction) may log: a day's work.</summary>
    public int MaxEntryMinutes { get; set; } = 24 * 60;
}
