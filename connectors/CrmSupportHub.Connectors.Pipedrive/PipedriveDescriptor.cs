namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>The Pipedrive connector's identity.</summary>
internal static class PipedriveDescriptor
{
    public static ConnectorDescriptor Instance { get; } = new(
        "Pipedrive",
        "Pipedrive",
        ConnectorCapabilities.Users | ConnectorCapabilities.Requests | ConnectorCapabilities.Webhooks,
        ["*.pipedrive.com"]);
}
