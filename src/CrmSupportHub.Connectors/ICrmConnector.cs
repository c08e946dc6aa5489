namespace CrmSupportHub.Connectors;

/// <summary>The result of a connection check.</summary>
public sealed record ConnectionCheck(bool Succeeded, string? Error = null)
{
    public static ConnectionCheck Ok { get; } = new(true);

    public static ConnectionCheck Failed(string error) => new(false, error);
}

/// <summary>One connector instance per configured client, registered keyed by client id.</summary>
public interface ICrmConnector
{
    ConnectorDescriptor Descriptor { get; }

    /// <summary>Checks the credentials and the reachability of the CRM without reading data.</summary>
    ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken);
}
