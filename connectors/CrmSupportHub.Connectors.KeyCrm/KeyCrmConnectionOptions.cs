namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>Where the KeyCRM API is and how to call it.</summary>
public sealed class KeyCrmConnectionOptions
{
    public const string DefaultBaseUrl = "https://openapi.keycrm.app/v1";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The account's API key (Settings → API in KeyCRM), sent as <c>Authorization: Bearer</c>.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>KeyCRM allows 60 requests a minute per key; the client never sends more than this.</summary>
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Retries of a GET after 429 (waiting <c>Retry-After</c> when sent), 408, 5xx or a transport error.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay when KeyCRM sends no <c>Retry-After</c>; it doubles, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts, <c>Retry-After</c> included.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt may take (waiting for a rate-limit permit excluded).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri))
        {
            yield return new ConfigurationProblem("Connection:BaseUrl", $"must be an absolute URL, e.g. {DefaultBaseUrl}.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            yield return new ConfigurationProblem("Connection:BaseUrl", "must use https (http only for a local sandbox): the API key travels in every request.");
        }

        if (string.IsNullOrWhiteSpace(ApiToken))
        {
            yield return new ConfigurationProblem("Connection:ApiToken", "is required (a KeyCRM API key).");
        }

        if (RequestsPerMinute < 1)
        {
            yield return new ConfigurationProblem("Connection:RequestsPerMinute", "must be at least 1.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            yield return new ConfigurationProblem("Connection:MaxRetries", "must be between 0 and 10.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryBaseDelay > MaxRetryDelay)
        {
            yield return new ConfigurationProblem("Connection:RetryBaseDelay", "must be between 00:00:00 and Connection:MaxRetryDelay.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(5))
        {
            yield return new ConfigurationProblem("Connection:Timeout", "must be above 00:00:00 and at most 00:05:00.");
        }
    }
}
