namespace CrmSupportHub.Core.Sla;

/// <summary>A milestone's share of the target and the business ticks it stands for.</summary>
internal readonly record struct ClockLevel(SlaMilestoneKind Kind, decimal Threshold, long Ticks)
{
    /// <summary>Warnings strictly between 0 and 1, ascending and distinct, then the breach at 1.</summary>
    public static ClockLevel[] For(IReadOnlyList<decimal> thresholds, TimeSpan target) =>
    [
        .. thresholds.Where(t => t is > 0m and < 1m).Distinct().Order()
            .Select(t => new ClockLevel(SlaMilestoneKind.Warning, t, (long)Math.Round(target.Ticks * t))),
        new ClockLevel(SlaMilestoneKind.Breach, 1m, target.Ticks),
    ];
}
