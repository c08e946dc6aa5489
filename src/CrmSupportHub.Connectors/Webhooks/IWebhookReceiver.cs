namespace CrmSupportHub.Connectors;

/// <summary>Checks and reads a CRM's webhook deliveries for one client.</summary>
public interface IWebhookReceiver
{
    /// <summary>
    /// Checks authenticity (in constant time) and shape, cheaply and without calling the CRM: it
    /// runs before the delivery is stored and acknowledged.
    /// </summary>
    ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken);

    /// <summary>
    /// Turns a stored, verified delivery into changes. May call the CRM to re-read what the
    /// payload names (for CRMs whose webhooks are unsigned).
    /// </summary>
    ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken);
}
