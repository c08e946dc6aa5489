namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>
/// Uspacy signs no webhook, so the hub's URL carries a secret (<c>?secret=...</c>) that only the
/// portal's webhook configuration knows (<c>Webhook</c> section). Left empty, every delivery is refused.
/// </summary>
public sealed class UspacyWebhookOptions
{
    public const int MinSecretLength = 32;

    public string Secret { get; set; } = string.Empty;
}
