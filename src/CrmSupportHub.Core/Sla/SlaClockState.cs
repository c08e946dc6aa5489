namespace CrmSupportHub.Core.Sla;

public enum SlaClockState
{
    /// <summary>Counting business time towards the target.</summary>
    Running,

    /// <summary>Not counting: the request waits for the client.</summary>
    Paused,

    /// <summary>Stopped at or before the due instant.</summary>
    Met,

    /// <summary>The target was used up before the clock stopped, or it is still open past its due instant.</summary>
    Breached,

    /// <summary>Stopped before its due instant because the request became a mini-project or was deleted.</summary>
    Cancelled,
}
