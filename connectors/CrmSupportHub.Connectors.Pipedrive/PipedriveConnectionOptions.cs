using CrmSupportHub.Connectors.Http;

namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>Where and how to call the client's Pipedrive company (<c>Connection</c> section).</summary>
public sealed class PipedriveConnectionOptions : IHttpResilienceOptions
{
    /// <summary>The company domain, e.g. <c>https://acme.pipedrive.com</c> (no <c>/api/v1</c>).</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>A personal API token, sent as <c>x-api-token</c>. A secret: never in appsettings.json.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>Retries after a 429, 5xx, timeout or network error (GET only).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts; a 429 whose <c>Retry-After</c> asks for more fails at once.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
