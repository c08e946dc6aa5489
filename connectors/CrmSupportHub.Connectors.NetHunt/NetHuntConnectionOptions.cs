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
}
