namespace CrmSupportHub.Connectors;

/// <summary>The connector kinds registered in this process and the clients each serves.</summary>
public sealed class ConnectorCatalog
{
    private readonly Dictionary<string, ConnectorDescriptor> _kinds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ConnectorContext> _clients = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ConnectorDescriptor> Kinds => _kinds.Values;

    public IReadOnlyCollection<ConnectorContext> Clients => _clients.Values;

    public bool TryGetKind(string kind, out ConnectorDescriptor descriptor) => _kinds.TryGetValue(kind, out descriptor!);

    public ConnectorDescriptor? ForClient(string clientId) =>
        _clients.TryGetValue(clientId, out var context) && _kinds.TryGetValue(context.Kind, out var descriptor) ? descriptor : null;

    internal void AddKind(ConnectorDescriptor descriptor) => _kinds[descriptor.Kind] = descriptor;

    internal void AddClient(ConnectorContext context) => _clients[context.ClientId] = context;
}
