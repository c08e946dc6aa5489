using CrmSupportHub.Core.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmSupportHub.Worker.Extensions;

/// <summary>Healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(ISyncStateStore syncState) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await syncState.ListAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
