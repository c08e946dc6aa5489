namespace CrmSupportHub.Core.Sla;

/// <summary>Why and when a clock stopped for good.</summary>
/// <param name="Detail">The stage, analyst or actor involved, when known.</param>
public sealed record SlaStop(DateTimeOffset At, SlaStopCause Cause, string? Detail = null)
{
    public bool IsCancellation => Cause is SlaStopCause.ConvertedToMiniProject or SlaStopCause.Deleted;
}
