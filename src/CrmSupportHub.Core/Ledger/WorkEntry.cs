namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// One line of the append-only work log. Entries are never edited: a correction is a new entry
/// with <see cref="Corrects"/> set, negative minutes to reverse and positive to add.
/// </summary>
/// <param name="Id">The store's id; 0 until stored.</param>
/// <param name="Date">The day the work was done, in the client's time zone (for a correction: the corrected entry's day).</param>
/// <param name="Month">
/// The ledger month it counts in: the month of <paramref name="Date"/>, or the month it was recorded
/// in when that month was already closed (then it is an adjustment).
/// </param>
/// <param name="Corrects">The id of the entry this one corrects.</param>
public sealed record WorkEntry(
    long Id,
    string ClientId,
    string? RequestId,
    string Analyst,
    DateOnly Date,
    int Minutes,
    WorkKind Kind,
    string? Note,
    DateTimeOffset RecordedAt,
    LedgerMonth Month,
    long? Corrects = null)
{
    /// <summary>Counts in another month than the one it is dated in, because that one was closed.</summary>
    public bool IsAdjustment => !Month.Contains(Date);
}
