using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>A package taking effect during the month: SLA and seat limits at once, the bucket from the next month.</summary>
public sealed record PackageChange(DateOnly EffectiveFrom, PackageTier Package);
