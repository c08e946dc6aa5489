namespace CrmSupportHub.Connectors;

/// <summary>Which configured client a connector instance serves.</summary>
public sealed record ConnectorContext(string ClientId, string Kind);
