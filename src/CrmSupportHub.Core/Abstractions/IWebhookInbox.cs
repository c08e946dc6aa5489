using CrmSupportHub.Core.Webhooks;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>Durable inbox of webhook deliveries: stored before acknowledgement, processed after.</summary>
public interface IWebhookInbox
{
    /// <summary>Stores a delivery; returns <see langword="false"/> when the same delivery key was stored before.</summary>
    Task<bool> AddAsync(InboxItem item, CancellationToken cancellationToken);

    /// <summary>Pending items (and failed ones due for retry at <paramref name="now"/>) in arrival order.</summary>
    Task<IReadOnlyList<InboxItem>> TakePendingAsync(int max, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks items processed, all in one write; throws, changing nothing, when one of them is unknown.</summary>
    Task MarkProcessedAsync(IReadOnlyCollection<long> ids, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the item is retried after <paramref name="retryAt"/>, or never when it is <see langword="null"/>.</summary>
    Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    Task<int> CountAsync(string clientId, CancellationToken cancellationToken);
}
