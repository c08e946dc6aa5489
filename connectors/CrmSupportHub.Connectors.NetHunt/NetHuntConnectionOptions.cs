namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>The client's <c>Connection</c> section: HTTP Basic with a NetHunt user's e-mail and personal API key.</summary>
public sealed class NetHuntConnectionOptions
{
    public const string DefaultBaseUrl = "https://nethunt.com/api/v1/zapier";

    /// <summary>The integration API root; only the sandbox changes it.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The login e-mail of a service or admin user who can read the support folder.</summary>
    public string? Email { get; set; }

    /// <summary>That user's personal API key (a secret: supply it from the environment).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Retries of a failed read (429, 5xx, timeouts); writes are never retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay, doubled for each further retry (jittered) unless NetHunt sends <c>Retry-After</c>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt may take; feeds with a large <c>limit</c> can be slow.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new("Connection:BaseUrl", "must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            yield return new("Connection:Email", "is required: the login e-mail of the NetHunt user whose API key is used.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new("Connection:ApiKey", "is required: the user's NetHunt API key (supply it from an environment variable).");
        }

        if (MaxRetries is < 1 or > 10)
        {
            yield return new("Connection:MaxRetries", "must be between 1 and 10.");
        }

        if (RetryBaseDelay <= TimeSpan.Zero || RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            yield return new("Connection:RetryBaseDelay", "must be more than zero and at most 00:01:00.");
        }

        if (Timeout < TimeSpan.FromSeconds(1) || Timeout > TimeSpan.FromMinutes(5))
        {
            yield return new("Connection:Timeout", "must be between 00:00:01 and 00:05:00.");
        }
    }
}
