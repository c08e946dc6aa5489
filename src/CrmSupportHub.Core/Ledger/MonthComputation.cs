namespace CrmSupportHub.Core.Ledger;

/// <summary>A computed month: the result to show or freeze, and where each line landed.</summary>
public sealed record MonthComputation(MonthLedger Ledger, IReadOnlyList<LineAllocation> Lines);
