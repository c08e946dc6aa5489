using System.Globalization;

namespace CrmSupportHub.Core.Sla;

/// <summary>The instant a clock uses up <paramref name="Threshold"/> of its target (1 for the breach).</summary>
public sealed record SlaMilestone(SlaMilestoneKind Kind, decimal Threshold, DateTimeOffset DueAt)
{
    /// <summary>Stable name of the milestone within its clock: "warning-0.5", "warning-0.8", "breach".</summary>
    public string Code => Kind == SlaMilestoneKind.Breach
        ? "breach"
        : "warning-" + Threshold.ToString("0.####", CultureInfo.InvariantCulture);
}
