namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Where one line of the month landed. A line is an entry with its same-month corrections netted
/// in, or a correction of a closed month's entry. <see cref="Categories"/> adds up to <see cref="Minutes"/>.
/// </summary>
public sealed record LineAllocation(long EntryId, DateTimeOffset RecordedAt, int Minutes, CategoryMinutes Categories);
