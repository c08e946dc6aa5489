using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Persistence.Sqlite;
using CrmSupportHub.Persistence.Sqlite.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmSupportHub;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite stores behind the Core store interfaces, as singletons, and the
    /// <see cref="MigrationRunner"/> the host must run at start-up, before any store is used:
    /// <c>await services.GetRequiredService&lt;MigrationRunner&gt;().ApplyAsync(ct)</c>.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new SqliteOptions { ConnectionString = connectionString });
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<IContractStore, SqliteContractStore>();
        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<ISupportRequestStore, SqliteSupportRequestStore>();
        services.AddSingleton<ISyncStateStore, SqliteSyncStateStore>();
        services.AddSingleton<IWebhookInbox, SqliteWebhookInbox>();
        services.AddSingleton<ISlaEventOutbox, SqliteSlaEventOutbox>();
        services.AddSingleton<IHoursLedgerStore, SqliteHoursLedgerStore>();
        return services;
    }
}
