namespace CrmSupportHub.Connectors;

public enum WebhookVerdictKind
{
    /// <summary>Authentic and well formed: store it, then acknowledge.</summary>
    Accepted,

    /// <summary>Authentic but of no interest (another pipeline, another entity): acknowledge, store nothing.</summary>
    Ignored,

    /// <summary>Credentials missing or wrong: 401, store nothing.</summary>
    Unauthorized,

    /// <summary>Not a payload this CRM sends: 400, store nothing.</summary>
    Malformed,
}

/// <summary>The answer to "may this delivery go into the inbox?".</summary>
/// <param name="DeliveryId">The CRM's id of this delivery (e.g. an event uuid) used to store redeliveries once; <see langword="null"/> to use a hash of the body.</param>
/// <param name="Reason">Why it was not accepted, safe to return to the caller (never echoes credentials).</param>
public sealed record WebhookVerdict(WebhookVerdictKind Kind, string? DeliveryId = null, string? Reason = null)
{
    public static WebhookVerdict Accept(string? deliveryId) => new(WebhookVerdictKind.Accepted, deliveryId);

    public static WebhookVerdict Ignore(string reason) => new(WebhookVerdictKind.Ignored, Reason: reason);

    public static WebhookVerdict Unauthorized(string reason) => new(WebhookVerdictKind.Unauthorized, Reason: reason);

    public static WebhookVerdict Malformed(string reason) => new(WebhookVerdictKind.Malformed, Reason: reason);
}
