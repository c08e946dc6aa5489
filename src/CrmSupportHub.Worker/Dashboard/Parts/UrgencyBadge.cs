using CrmSupportHub.Worker.Dashboard.Rendering;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>Urgency as a row class and as words, so it never depends on colour alone.</summary>
internal static class UrgencyBadge
{
    public static string RowClass(ClockUrgency urgency) => urgency switch
    {
        ClockUrgency.Breached => "breached",
        ClockUrgency.AtRisk => "at-risk",
        _ => string.Empty,
    };

    public static Markup Of(ClockUrgency urgency) => urgency switch
    {
        ClockUrgency.Breached => Html.Of($"<span class=\"badge urgency bad\">BREACHED</span>"),
        ClockUrgency.AtRisk => Html.Of($"<span class=\"badge urgency warn\">AT RISK</span>"),
        ClockUrgency.Normal => Html.Of($"<span class=\"badge urgency\">on track</span>"),
        _ => Html.Of($"<span class=\"badge urgency muted\">done</span>"),
    };
}
