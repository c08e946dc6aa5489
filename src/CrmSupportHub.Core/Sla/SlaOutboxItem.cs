namespace CrmSupportHub.Core.Sla;

/// <summary>A notification in the outbox, with its delivery state.</summary>
public sealed record SlaOutboxItem(
    long Id,
    SlaNotification Notification,
    DateTimeOffset EnqueuedAt,
    SlaOutboxStatus Status = SlaOutboxStatus.Pending,
    int Attempts = 0,
    string? LastError = null,
    DateTimeOffset? NextAttemptAt = null);
