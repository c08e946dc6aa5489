namespace CrmSupportHub.Core.Ledger;

/// <summary>A closed month: its computed result frozen at closing; it never changes afterwards.</summary>
public sealed record ClosedMonth(string ClientId, LedgerMonth Month, DateTimeOffset ClosedAt, string ClosedBy, MonthLedger Result);
