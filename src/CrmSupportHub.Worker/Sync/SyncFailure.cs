namespace CrmSupportHub.Worker.Sync;

/// <summary>How a sync failure that is not a <see cref="Connectors.ConnectorException"/> is recorded in the client's sync health.</summary>
internal static class SyncFailure
{
    public static string Describe(Exception error, string? remedy = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return remedy is null ? $"Unexpected {error.GetType().Name}: {error.Message}" : $"Unexpected {error.GetType().Name}: {error.Message} {remedy}";
    }
}
