namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>
/// KeyCRM signs nothing and cannot send custom headers, so its automation posts to a URL carrying
/// this secret in the query (<c>?secret=…</c>). Empty: webhooks are refused.
/// </summary>
public sealed class KeyCrmWebhookOptions
{
    public const int MinimumSecretLength = 32;

    public string Secret { get; set; } = string.Empty;

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (Secret.Length is > 0 and < MinimumSecretLength)
        {
            yield return new ConfigurationProblem(
                "Webhook:Secret", $"must be at least {MinimumSecretLength} characters: it is the only proof a delivery comes from KeyCRM.");
        }
    }
}
