using CrmSupportHub.Connectors.Http;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>The client's Uspacy portal and the OAuth client ("external connector") that signs in to it (<c>Connection</c> section).</summary>
public sealed class UspacyConnectionOptions : IHttpResilienceOptions
{
    /// <summary>The portal's own host, e.g. <c>https://acme.uspacy.ua</c>.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The <c>client_id</c> of the OAuth client created in the portal.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The OAuth client's secret. A secret: never in appsettings.json.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Retries after a 429, 5xx, timeout or network error (GET only; sign-ins are never re-sent).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts; a 429 whose <c>Retry-After</c> asks for more fails at once.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    internal Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
}
