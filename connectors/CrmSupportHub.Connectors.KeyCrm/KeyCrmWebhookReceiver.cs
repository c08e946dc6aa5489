using System.Globalization;
using CrmSupportHub.Connectors.KeyCrm.Mapping;

namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>
/// KeyCRM automations post unsigned <c>{"event", "context"}</c> bodies, so a delivery is authentic
/// only if its URL carries the client's secret; even then its values are hints, and the card is
/// re-read through the API.
/// </summary>
internal sealed class KeyCrmWebhookReceiver(Func<KeyCrmOptions> options, IRequestSource requests)
{
    public const string SecretParameter = "secret";

    public WebhookVerdict Verify(WebhookEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var current = options();
        if (!SecretComparer.FixedTimeEquals(envelope.QueryValue(SecretParameter), current.Webhook.Secret))
        {
            return WebhookVerdict.Unauthorized("The webhook URL's secret is missing or wrong.");
        }

        if (!KeyCrmWebhookPayload.TryParse(envelope.Body, out var payload, out var problem))
        {
            return WebhookVerdict.Malformed(problem);
        }

        return Relevance(payload!, current.Settings) is { } reason
            ? WebhookVerdict.Ignore(reason)
            : WebhookVerdict.Accept(payload!.DeliveryId);
    }

    public async ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!KeyCrmWebhookPayload.TryParse(envelope.Body, out var payload, out _) || Relevance(payload!, options().Settings) is not null)
        {
            return [];
        }

        var id = payload!.CardId.ToString(CultureInfo.InvariantCulture);
        var request = await requests.ReadRequestAsync(id, cancellationToken).ConfigureAwait(false);
        return request is null ? [] : [new RequestChanged(request)];
    }

    /// <summary>Why a well-formed delivery is of no interest, or null when it is.</summary>
    private static string? Relevance(KeyCrmWebhookPayload payload, KeyCrmSettings settings)
    {
        if (!payload.IsCardEvent)
        {
            return $"'{payload.Event}' is not a pipeline card event.";
        }

        return payload.PipelineId is { } pipeline && pipeline != settings.SupportPipelineId
            ? "The card is not in the support pipeline."
            : null;
    }
}
