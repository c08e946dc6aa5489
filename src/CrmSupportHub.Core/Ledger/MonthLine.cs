namespace CrmSupportHub.Core.Ledger;

/// <summary>An entry with its same-month corrections netted in, ready to classify.</summary>
internal readonly record struct MonthLine(long EntryId, DateTimeOffset RecordedAt, int Minutes, WorkKind Kind, string? RequestId, DateOnly Date)
{
    public static MonthLine Of(WorkEntry entry) =>
        new(entry.Id, entry.RecordedAt, entry.Minutes, entry.Kind, entry.RequestId, entry.Date);
}
