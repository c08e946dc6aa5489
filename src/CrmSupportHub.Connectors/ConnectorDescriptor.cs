namespace CrmSupportHub.Connectors;

/// <summary>What a connector can do.</summary>
[Flags]
public enum ConnectorCapabilities
{
    None = 0,

    /// <summary>Reads the CRM's users (<see cref="IUserSource"/>).</summary>
    Users = 1,

    /// <summary>Reads support requests (<see cref="IRequestSource"/>).</summary>
    Requests = 2,

    /// <summary>Receives webhooks (<see cref="IWebhookReceiver"/>).</summary>
    Webhooks = 4,
}

/// <summary>A connector's identity: the <c>Crm</c> value clients configure, its capabilities and the hosts it may call.</summary>
public sealed record ConnectorDescriptor(
    string Kind,
    string DisplayName,
    ConnectorCapabilities Capabilities,
    IReadOnlyList<string> AllowedHosts);
