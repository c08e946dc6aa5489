namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>Where the hub's SQLite database lives.</summary>
public sealed class SqliteOptions
{
    /// <summary>A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=crm-support-hub.db</c>.</summary>
    public string ConnectionString { get; set; } = string.Empty;
}
