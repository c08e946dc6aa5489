namespace CrmSupportHub.Core.Sla;

/// <summary>What the scheduler does for one clock: enqueue <paramref name="DueNow"/>, then wake up at <paramref name="NextDueAt"/> (if any) and plan again.</summary>
public sealed record SlaMilestonePlan(IReadOnlyList<SlaMilestone> DueNow, DateTimeOffset? NextDueAt);
