using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Api;

/// <summary>An SLA warning or breach as the API shows it.</summary>
public sealed record SlaEventView(
    long Id,
    string ClientId,
    string RequestId,
    SlaClockKind Clock,
    string Milestone,
    SlaMilestoneKind Kind,
    DateTimeOffset DueAt,
    string Text,
    DateTimeOffset EnqueuedAt,
    SlaOutboxStatus Delivery,
    int Attempts,
    string? LastError)
{
    public static SlaEventView Of(SlaOutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var n = item.Notification;
        return new SlaEventView(
            item.Id, n.Key.ClientId, n.Key.RequestId, n.Key.Clock, n.Key.Milestone, n.Kind, n.DueAt, n.Text,
            item.EnqueuedAt, item.Status, item.Attempts, item.LastError);
    }
}
