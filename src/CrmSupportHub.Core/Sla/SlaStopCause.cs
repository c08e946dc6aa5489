namespace CrmSupportHub.Core.Sla;

public enum SlaStopCause
{
    /// <summary>The request left its initial stage(s) (reaction rule).</summary>
    LeftInitialStage,

    /// <summary>The request was assigned to one of the consultancy's analysts (reaction rule).</summary>
    AssignedToAnalyst,

    /// <summary>An analyst recorded a reaction through the hub (reaction rule).</summary>
    Responded,

    /// <summary>The request was closed.</summary>
    Closed,

    /// <summary>The request became a mini-project: the clock is cancelled.</summary>
    ConvertedToMiniProject,

    /// <summary>The request was deleted: the clock is cancelled.</summary>
    Deleted,
}
