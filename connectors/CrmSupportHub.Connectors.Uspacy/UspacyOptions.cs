using System.Text.RegularExpressions;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>One client's Uspacy options, bound from its <c>CrmSupportHub:Clients:N</c> section and named by client id.</summary>
public sealed partial class UspacyOptions : IConnectorOptions
{
    private const string SecretHint = "is required; supply it from an environment variable or user-secrets, not appsettings.json";

    public UspacyConnectionOptions Connection { get; set; } = new();

    public UspacyWebhookOptions Webhook { get; set; } = new();

    public UspacySettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate()
    {
        foreach (var problem in ValidateConnection())
        {
            yield return problem;
        }

        if (Webhook.Secret.Length is > 0 and < UspacyWebhookOptions.MinSecretLength)
        {
            yield return new("Webhook:Secret", $"must be at least {UspacyWebhookOptions.MinSecretLength} characters: it is the only proof a delivery is genuine");
        }

        foreach (var problem in ValidateSettings())
        {
            yield return problem;
        }
    }

    private IEnumerable<ConfigurationProblem> ValidateConnection()
    {
        if (!Uri.TryCreate(Connection.BaseUrl, UriKind.Absolute, out var baseUrl))
        {
            yield return new("Connection:BaseUrl", "is required: the portal's address, e.g. https://acme.uspacy.ua");
        }
        else if (baseUrl.Scheme != Uri.UriSchemeHttps && !(baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback))
        {
            yield return new("Connection:BaseUrl", "must use https (http only for a local sandbox)");
        }
        else if (baseUrl.AbsolutePath != "/" || !string.IsNullOrEmpty(baseUrl.Query))
        {
            yield return new("Connection:BaseUrl", "must be the portal's address only, e.g. https://acme.uspacy.ua (no path)");
        }

        if (string.IsNullOrWhiteSpace(Connection.ClientId))
        {
            yield return new("Connection:ClientId", "is required: the client_id of the portal's OAuth client");
        }

        if (string.IsNullOrWhiteSpace(Connection.ClientSecret))
        {
            yield return new("Connection:ClientSecret", SecretHint);
        }

        if (Connection.MaxRetries is < 0 or > 10)
        {
            yield return new("Connection:MaxRetries", "must be between 0 and 10");
        }

        if (Connection.RetryBaseDelay <= TimeSpan.Zero || Connection.RetryBaseDelay > Connection.MaxRetryDelay)
        {
            yield return new("Connection:RetryBaseDelay", "must be positive and no longer than Connection:MaxRetryDelay");
        }

        if (Connection.Timeout <= TimeSpan.Zero)
        {
            yield return new("Connection:Timeout", "must be positive");
        }
    }

    private IEnumerable<ConfigurationProblem> ValidateSettings()
    {
        if (!TableName().IsMatch(Settings.EntityTable))
        {
            yield return new("Settings:EntityTable", "is required: the entity's table name (lower-case letters, digits, '_'), e.g. requests or deals");
        }

        if (Settings.FunnelId <= 0)
        {
            yield return new("Settings:FunnelId", "is required: the id of the support funnel");
        }

        if (Settings.InitialStageIds.Count == 0)
        {
            yield return new("Settings:InitialStageIds", "needs at least one stage: leaving it is the first reaction");
        }

        if (Settings.PageSize is < 1 or > UspacySettings.MaxPageSize)
        {
            yield return new("Settings:PageSize", $"must be between 1 and {UspacySettings.MaxPageSize}");
        }

        if (Settings.SyncOverlap < TimeSpan.Zero || Settings.SyncOverlap > TimeSpan.FromDays(1))
        {
            yield return new("Settings:SyncOverlap", "must be between 00:00:00 and 1.00:00:00");
        }

        var initial = Settings.InitialStageIds.ToHashSet();
        foreach (var stage in Settings.WaitingStageIds.Where(initial.Contains))
        {
            yield return new("Settings:WaitingStageIds", $"stage {stage} is also in Settings:InitialStageIds");
        }

        foreach (var stage in Settings.ClosedStageIds.Where(s => initial.Contains(s) || Settings.WaitingStageIds.Contains(s)))
        {
            yield return new("Settings:ClosedStageIds", $"stage {stage} is also in another stage list");
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,64}$")]
    private static partial Regex TableName();
}
