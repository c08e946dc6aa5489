namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>The Uspacy connector's identity. Every portal has its own host under uspacy.ua (some under uspacy.com).</summary>
internal static class UspacyDescriptor
{
    public static ConnectorDescriptor Instance { get; } = new(
        "Uspacy",
        "Uspacy",
        ConnectorCapabilities.Users | ConnectorCapabilities.Requests | ConnectorCapabilities.Webhooks,
        ["*.uspacy.ua", "*.uspacy.com"]);
}
