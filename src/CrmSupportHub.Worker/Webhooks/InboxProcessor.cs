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
    private const int BatchSize = 500;
    private const int MaxAttempts = 8;
    private const int YieldEvery = 25;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);

    // After a batch that was not full, deliveries are let gather this long before the next one:
    // a delivery arriving alone is applied at once, while a burst is applied in batches of
    // hundreds instead of a query, a parse of the SQL and a write per handful. It paces a
    // background loop (like IdleWait), it is not business time.
    private static readonly TimeSpan GatherTime = TimeSpan.FromMilliseconds(100);

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

            try
            {
                if (processed == 0)
                {
                    await signal.WaitAsync(IdleWait, stoppingToken).ConfigureAwait(false);
                }
                else if (processed < BatchSize)
                {
                    await Task.Delay(GatherTime, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Processes what is pending now; returns how many items it handled.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var items = await inbox.TakePendingAsync(BatchSize, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var applied = new List<long>(items.Count);
        foreach (var client in items.GroupBy(i => i.ClientId, StringComparer.Ordinal))
        {
            applied.AddRange(await ProcessClientAsync(client.Key, [.. client], cancellationToken).ConfigureAwait(false));
        }

        // One write for the whole batch rather than one per delivery, which during a burst would
        // compete with the inbox's own group commits for SQLite's single writer. A crash before
        // it only means those deliveries are applied again, which changes nothing.
        await inbox.MarkProcessedAsync(applied, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return items.Count;
    }

    /// <returns>The deliveries applied; the others have been marked failed.</returns>
    private async Task<IEnumerable<long>> ProcessClientAsync(string clientId, IReadOnlyList<InboxItem> items, CancellationToken cancellationToken)
    {
        var receiver = services.GetKeyedService<IWebhookReceiver>(clientId);
        if (receiver is null)
        {
            foreach (var item in items)
            {
                await inbox.MarkFailedAsync(item.Id, "The client no longer has a webhook connector.", time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
            }

            return [];
        }

        var parsed = new List<(InboxItem Item, IReadOnlyList<ExternalChange> Changes)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (i > 0 && i % YieldEvery == 0)
            {
                // Parsing completes synchronously: without a pause a batch of hundreds would hold
                // a core for milliseconds while requests to the webhook endpoint queue behind it.
                await Task.Yield();
            }

            try
            {
                var envelope = WebhookEnvelope.FromStored(item.ClientId, item.ContentType, item.Body);
                parsed.Add((item, await receiver.ParseAsync(envelope, cancellationToken).ConfigureAwait(false)));
            }
            catch (Exception ex) when (ex is ConnectorException or System.Text.Json.JsonException or FormatException)
            {
                await FailAsync(item, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        var versions = parsed.SelectMany(p => p.Changes.OfType<RequestChanged>()).Select(c => c.Request);
        foreach (var round in DeliveryRounds.Split(clientId, versions))
        {
            await ingestor.ApplyAsync(clientId, round, EventSource.Webhook, null, cancellationToken).ConfigureAwait(false);
        }

        // A user change says only that something changed: one sync reads all of it.
        if (parsed.Any(p => p.Changes.OfType<UsersChanged>().Any()))
        {
            await userSync.SyncAsync(clientId, cancellationToken).ConfigureAwait(false);
        }

        return parsed.Select(p => p.Item.Id);
    }

    private async Task FailAsync(InboxItem item, Exception error, CancellationToken cancellationToken)
    {
        var attempt = item.Attempts + 1;
        var retryAt = attempt >= MaxAttempts ? (DateTimeOffset?)null : time.GetUtcNow() + Backoff(attempt);
        logger.LogWarning(
            "Webhook delivery {Id} of client {ClientId} failed (attempt {Attempt}): {Message}",
            item.Id, item.ClientId, attempt, error.Message);
        await inbox.MarkFailedAsync(item.Id, error.Message, time.GetUtcNow(), retryAt, cancellationToken).ConfigureAwait(false);
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, attempt - 1)));
}
