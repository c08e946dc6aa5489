namespace CrmSupportHub.Core.Ledger;

/// <summary>Minutes of one work entry, e.g. the part of it that is unapproved overage.</summary>
public sealed record EntryMinutes(long EntryId, DateTimeOffset RecordedAt, int Minutes);
