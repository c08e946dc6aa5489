namespace CrmSupportHub.Core.Requests;

/// <summary>What a CRM stage means for the SLA, mapped per client from stage ids.</summary>
public enum StageCategory
{
    /// <summary>Not yet reacted to: leaving it counts as the first reaction.</summary>
    Initial,

    /// <summary>Being worked on.</summary>
    Working,

    /// <summary>Waiting for the client: SLA clocks pause.</summary>
    Waiting,

    /// <summary>Done.</summary>
    Closed,
}
