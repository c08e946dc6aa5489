namespace CrmSupportHub.Worker.Configuration;

/// <summary>The <c>CrmSupportHub</c> configuration section.</summary>
public sealed class HubOptions
{
    public const string SectionName = "CrmSupportHub";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Catalog overrides per package name (Start, Medium, Large, Individual).</summary>
    public Dictionary<string, PackageOverrides> Packages { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ClientOptions> Clients { get; set; } = [];

    public PollingOptions Polling { get; set; } = new();

    /// <summary>The default outgoing webhook for SLA warnings and breaches; a client's own one replaces it.</summary>
    public NotificationOptions Notifications { get; set; } = new();

    /// <summary>Analysts' API keys (hashes only), used by the API, the dashboard login and nothing else.</summary>
    public List<Security.AnalystKeyOptions> Analysts { get; set; } = [];

    /// <summary>Largest webhook body accepted, in bytes.</summary>
    public int MaxWebhookBytes { get; set; } = 256 * 1024;
}

public sealed class DatabaseOptions
{
    public string ConnectionString { get; set; } = "Data Source=crm-support-hub.db";
}

/// <summary>Scheduled polling; off only where something else drives sync (tests, one-off commands).</summary>
public sealed class PollingOptions
{
    public bool Enabled { get; set; } = true;
}
