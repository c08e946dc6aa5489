namespace CrmSupportHub.Core.Sla;

public enum SlaOutboxStatus
{
    Pending,
    Delivered,

    /// <summary>The last attempt failed; retried at the item's next attempt time, if it has one.</summary>
    Failed,
}
