namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>The KeyCRM connector's identity: clients configure <c>"Crm": "KeyCrm"</c>.</summary>
internal static class KeyCrmDescriptor
{
    public static ConnectorDescriptor Instance { get; } = new(
        "KeyCrm",
        "KeyCRM",
        ConnectorCapabilities.Users | ConnectorCapabilities.Requests | ConnectorCapabilities.Webhooks,
        ["openapi.keycrm.app"]);
}
