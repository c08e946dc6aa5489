namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>The NetHunt connector's identity: polling only (NetHunt has no webhooks).</summary>
internal static class NetHuntDescriptor
{
    public static ConnectorDescriptor Instance { get; } = new(
        "NetHunt",
        "NetHunt CRM",
        ConnectorCapabilities.Users | ConnectorCapabilities.Requests,
        ["nethunt.com"]);
}
