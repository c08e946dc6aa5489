namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>One client's Pipedrive options, bound from its <c>CrmSupportHub:Clients:N</c> section and named by client id.</summary>
public sealed class PipedriveOptions : IConnectorOptions
{
    private const string SecretHint = "is required; supply it from an environment variable or user-secrets, not appsettings.json";

    public PipedriveConnectionOptions Connection { get; set; } = new();

    public PipedriveWebhookOptions Webhook { get; set; } = new();

    public PipedriveSettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate()
    {
        foreach (var problem in ValidateConnection())
        {
            yield return problem;
        }

        if (string.IsNullOrEmpty(Webhook.Username) != string.IsNullOrEmpty(Webhook.Password))
        {
            yield return new("Webhook:Password", "must be set together with Webhook:Username (leave both empty to refuse webhooks)");
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
            yield return new("Connection:BaseUrl", "is required: the company domain, e.g. https://acme.pipedrive.com");
        }
        else if (baseUrl.Scheme != Uri.UriSchemeHttps && !(baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback))
        {
            yield return new("Connection:BaseUrl", "must use https (http only for a local sandbox)");
        }
        else if (baseUrl.AbsolutePath != "/" || !string.IsNullOrEmpty(baseUrl.Query))
        {
            yield return new("Connection:BaseUrl", "must be the company domain only, e.g. https://acme.pipedrive.com (no /api/v1)");
        }

        if (string.IsNullOrWhiteSpace(Connection.ApiToken))
        {
            yield return new("Connection:ApiToken", SecretHint);
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
        if (Settings.SupportPipelineId <= 0)
        {
            yield return new("Settings:SupportPipelineId", "is required: the id of the client's support pipeline");
        }

        if (Settings.PageSize is < 1 or > PipedriveSettings.MaxPageSize)
        {
            yield return new("Settings:PageSize", $"must be between 1 and {PipedriveSettings.MaxPageSize}");
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
}
