namespace CrmSupportHub.Core.Sla;

public enum SlaMilestoneKind
{
    /// <summary>A share of the target (a package's warning threshold) has been used.</summary>
    Warning,

    /// <summary>The whole target has been used.</summary>
    Breach,
}
