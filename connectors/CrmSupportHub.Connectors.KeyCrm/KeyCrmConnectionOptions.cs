using CrmSupportHub.Connectors;

namespace CrmSupportHub;

/// <summary>Where the KeyCRM API is and how to call it.</summary>
public sealed class KeyCrmConnectionOptions
{
    public const string DefaultBaseUrl = "https://openapi.keycrm.app/v1";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The account's API key (Settings → API in KeyCRM), sent as <c>Authorization: Bearer</c>.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>KeyCRM allows 60 requests a minute per key; the client never sends more than this.</summary>
    public int RequestsPerMinute { get; set; } = 60;

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ConfigurationProblem("Connection:BaseUrl", "must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(ApiToken))
        {
            yield return new ConfigurationProblem("Connection:ApiToken", "is required (a KeyCRM API key).");
        }

        if (RequestsPerMinute < 1)
        {
            yield return new ConfigurationProblem("Connection:RequestsPerMinute", "must be at least 1.");
        }
    }
}
