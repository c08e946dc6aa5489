using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Sla;

/// <summary>The short texts a timeline uses to say what opened a period or stopped a clock.</summary>
internal static class Reasons
{
    public const string Raised = "raised";
    public const string Closed = "closed";
    public const string Reopened = "reopened";

    public static string Stage(RequestEvent e, StageCategory category) =>
        e.StageId is null ? $"stage {category}" : $"stage {e.StageId} ({category})";
}
