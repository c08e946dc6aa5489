using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>
/// Durable outbox of SLA warnings and breaches. Storage keeps a unique index on
/// <see cref="SlaNotification.Key"/>: a milestone enqueued twice (a restart, a recompute, two
/// schedulers racing) is stored once, which is what makes each one fire exactly once.
/// </summary>
public interface ISlaEventOutbox
{
    /// <summary>Stores the notification; returns <see langword="false"/> when its key was enqueued before.</summary>
    Task<bool> EnqueueAsync(SlaNotification notification, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Keys already enqueued for a request, delivered or not, so the scheduler skips them.</summary>
    Task<IReadOnlySet<SlaEventKey>> ListKeysAsync(string clientId, string requestId, CancellationToken cancellationToken);

    /// <summary>Pending items (and failed ones due for retry at <paramref name="now"/>) in enqueue order.</summary>
    Task<IReadOnlyList<SlaOutboxItem>> TakeUndeliveredAsync(int max, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the item is retried after <paramref name="retryAt"/>, or never when it is <see langword="null"/>.</summary>
    Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>
    /// The latest items, newest enqueued first, whatever their delivery state: of one client or of all
    /// when <paramref name="clientId"/> is <see langword="null"/>, enqueued at or after <paramref name="since"/> when given.
    /// </summary>
    Task<IReadOnlyList<SlaOutboxItem>> ListRecentAsync(string? clientId, DateTimeOffset? since, int limit, CancellationToken cancellationToken);
}
