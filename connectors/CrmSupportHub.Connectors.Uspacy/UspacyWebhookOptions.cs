namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>
/// Uspacy signs no webhook, so the hub's URL carries a secret (<c>?secret=...</c>) that only the
/// portal's webhook configuration knows. Without a secret every delivery is refused.
/// </summary>
public sealed class UspacyWebhookOptions
{
    internal const int MinimumSecretLength = 32;

    public string? Secret { get; set; }

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (!string.IsNullOrEmpty(Secret) && Secret.Length < MinimumSecretLength)
        {
            yield return new("Webhook:Secret", $"must be at least {MinimumSecretLength} characters (it is the only proof a delivery is genuine).");
        }
    }
}
