using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Webhooks;
using CrmSupportHub.Worker.Sync;

namespace CrmSupportHub.Worker.Webhooks;

/// <summary>
/// Applies stored webhook deliveries after they were acknowledged. A delivery that fails is retried
/// with backoff; one that can never be applied is kept as failed (polling reconciles its data).
/// </summary>
internal sealed class InboxProcessor(
    IServiceProvider services,
    IWebhookInbox inbox,
    InboxSignal signal,
    RequestIngestor ingestor,
    UserSyncService userSync,
    TimeProvider time,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private const int MaxAttempts = 8;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int processed;
            try
            {
                processed = await ProcessPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Inbox processing failed; retrying shortly");
                processed = 0;
            }

            if (processed == 0)
            {
                try
                {
                    await signal.WaitAsync(IdleWait, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Processes what is pending now; returns how many items it handled.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var items = await inbox.TakePendingAsync(BatchSize, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var applied = new List<long>(items.Count);
        foreach (var item in items)
        {
            if (await ProcessAsync(item, cancellationToken).ConfigureAwait(false))
            {
                applied.Add(item.Id);
            }
        }

        // One write for the whole batch rather than one per delivery, which during a burst would
        // compete with the inbox's own group commits for SQLite's single writer. A crash before
        // it only means those deliveries are applied again, which changes nothing.
        await inbox.MarkProcessedAsync(applied, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return items.Count;
    }

    /// <returns>Whether the delivery was applied; a failed one has been marked failed already.</returns>
    private async Task<bool> ProcessAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var receiver = services.GetKeyedService<IWebhookReceiver>(item.ClientId);
        if (receiver is null)
        {
            await inbox.MarkFailedAsync(item.Id, "The client no longer has a webhook connector.", time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
            return false;
        }

        try
        {
            var envelope = WebhookEnvelope.FromStored(item.ClientId, item.ContentType, item.Body);
            var changes = await receiver.ParseAsync(envelope, cancellationToken).ConfigureAwait(false);
            var requests = changes.OfType<RequestChanged>().Select(c => c.Request).ToList();
            if (requests.Count > 0)
            {
                await ingestor.ApplyAsync(item.ClientId, requests, EventSource.Webhook, null, cancellationToken).ConfigureAwait(false);
            }

            if (changes.OfType<UsersChanged>().Any())
            {
                await userSync.SyncAsync(item.ClientId, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or System.Text.Json.JsonException or FormatException)
        {
            var attempt = item.Attempts + 1;
            var retryAt = attempt >= MaxAttempts ? (DateTimeOffset?)null : time.GetUtcNow() + Backoff(attempt);
            logger.LogWarning(
                "Webhook delivery {Id} of client {ClientId} failed (attempt {Attempt}): {Message}",
                item.Id, item.ClientId, attempt, ex.Message);
            await inbox.MarkFailedAsync(item.Id, ex.Message, time.GetUtcNow(), retryAt, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, attempt - 1)));
}
