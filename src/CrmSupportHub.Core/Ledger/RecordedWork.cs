namespace CrmSupportHub.Core.Ledger;

/// <summary>The stored entry and, when it went beyond what was approved, the alert to send.</summary>
public sealed record RecordedWork(WorkEntry Entry, UnapprovedOverageAlert? Alert);
