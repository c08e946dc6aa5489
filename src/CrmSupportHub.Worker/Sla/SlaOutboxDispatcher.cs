using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Sla;

/// <summary>
/// Delivers the SLA outbox: every warning and breach is written to the log and, where the client
/// (or the hub) has an outgoing webhook, posted there. A failed post is retried with backoff until
/// it is delivered; the outbox keeps it across restarts.
/// </summary>
internal sealed partial class SlaOutboxDispatcher(
    ISlaEventOutbox outbox,
    ClientDirectory clients,
    ChatWebhookSender sender,
    SlaOutboxSignal signal,
    TimeProvider time,
    ILogger<SlaOutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await DispatchPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDispatchFailed(ex);
            }

            if (handled == 0)
            {
                try
                {
                    // Failed items come due again by time: the idle wait bounds how late a retry starts.
                    await signal.WaitAsync(IdleWait, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Delivers what is due now; returns how many items it handled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var items = await outbox.TakeUndeliveredAsync(BatchSize, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            await DeliverAsync(item, cancellationToken).ConfigureAwait(false);
        }

        return items.Count;
    }

    private async Task DeliverAsync(SlaOutboxItem item, CancellationToken cancellationToken)
    {
        var notification = item.Notification;
        if (item.Attempts == 0)
        {
            if (notification.Kind == SlaMilestoneKind.Breach)
            {
                LogBreach(notification.Text, notification.Key.ToString());
            }
            else
            {
                LogWarning(notification.Text, notification.Key.ToString());
            }
        }

        var url = clients.NotificationUrl(notification.Key.ClientId);
        var failure = url is null ? null : await sender.SendAsync(url, notification, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (failure is null)
        {
            await outbox.MarkDeliveredAsync(item.Id, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        var attempt = item.Attempts + 1;
        var retryAt = now + Backoff(attempt);
        LogDeliveryFailed(notification.Key.ClientId, notification.Key.ToString(), attempt, failure, retryAt);
        await outbox.MarkFailedAsync(item.Id, failure, now, retryAt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>5 s, 10 s, 20 s ... capped at an hour: a chat tool down for a day still gets the message.</summary>
    internal static TimeSpan Backoff(int attempt)
    {
        var seconds = 5 * Math.Pow(2, Math.Min(attempt - 1, 20));
        return seconds >= MaxBackoff.TotalSeconds ? MaxBackoff : TimeSpan.FromSeconds(seconds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA BREACH: {Text} [{Key}]")]
    private partial void LogBreach(string text, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SLA warning: {Text} [{Key}]")]
    private partial void LogWarning(string text, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SLA notification {Key} of client {ClientId} not delivered (attempt {Attempt}): {Failure}; retrying at {RetryAt:O}")]
    private partial void LogDeliveryFailed(string clientId, string key, int attempt, string failure, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA outbox dispatch failed; retrying shortly")]
    private partial void LogDispatchFailed(Exception exception);
}
