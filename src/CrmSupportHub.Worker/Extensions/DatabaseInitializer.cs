using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Persistence.Sqlite;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Extensions;

/// <summary>Applies the schema migrations and records the configured contracts before anything else starts.</summary>
internal sealed class DatabaseInitializer(
    MigrationRunner migrations,
    IContractStore contracts,
    ClientDirectory clients,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrations.ApplyAsync(cancellationToken).ConfigureAwait(false);
        foreach (var client in clients.All)
        {
            await contracts.SaveAsync(client, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Database ready; {Count} clients configured", clients.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
