using CrmSupportHub.Connectors.Http;

namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>Where and how to call NetHunt (<c>Connection</c> section): HTTP Basic with a user's e-mail and personal API key.</summary>
public sealed class NetHuntConnectionOptions : IHttpResilienceOptions
{
    public const string DefaultBaseUrl = "https://nethunt.com/api/v1/zapier";

    /// <summary>The integration API root; only a sandbox changes it.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The login e-mail of a service or admin user who can read the support folder.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>That user's personal API key. A secret: never in appsettings.json.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Retries after a 429, 5xx, timeout or network error (GET only).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts; a 429 whose <c>Retry-After</c> asks for more fails at once.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time allowed for one attempt; feeds with a large <c>limit</c> can be slow.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
