using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Sync;

/// <summary>Re-reads a client's CRM users, stores them and appends the seat count when it changed.</summary>
internal sealed class UserSyncService(
    IServiceProvider services,
    ClientDirectory clients,
    IUserStore users,
    ISyncStateStore syncState,
    TimeProvider time,
    ILogger<UserSyncService> logger)
{
    private readonly SeatCounter _counter = new(clients.Catalog);

    public async Task<SyncRunResult> SyncAsync(string clientId, CancellationToken cancellationToken)
    {
        var source = services.GetKeyedService<IUserSource>(clientId);
        if (source is null)
        {
            return new SyncRunResult(clientId, SyncStreams.Users, 0, 0, 0, null);
        }

        var client = clients.Get(clientId);
        try
        {
            var now = time.GetUtcNow();
            var read = new List<CrmUser>();
            var pages = 0;
            await foreach (var page in source.ReadUsersAsync(cancellationToken).ConfigureAwait(false))
            {
                pages++;
                read.AddRange(page.Select(u => new CrmUser(
                    clientId, u.Id, u.Name, u.Email, u.IsActive, client.AnalystUserIds.Contains(u.Id), now)));
            }

            var previous = await users.GetLatestSeatCountAsync(clientId, cancellationToken).ConfigureAwait(false);
            var result = source.ConfiguredSeats is { } configured
                ? _counter.Record(client, configured, previous, now, SeatCountBasis.Configured)
                : _counter.Count(client, read, previous, now, source.Basis);
            await users.SaveUsersAsync(clientId, read, result.Changed ? result.Count : null, cancellationToken).ConfigureAwait(false);
            await syncState.RecordSuccessAsync(clientId, SyncStreams.Users, now, cancellationToken).ConfigureAwait(false);
            if (result.LimitReached is { } alert)
            {
                logger.LogWarning("Seat limit: {Alert}", alert.Describe());
            }

            logger.LogInformation(
                "Client {ClientId}: {Users} users read, {Active} seats ({Basis}) against a limit of {Limit}",
                clientId, read.Count, result.Count.ActiveUsers, result.Count.Basis, result.Count.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
            return new SyncRunResult(clientId, SyncStreams.Users, pages, read.Count, result.Changed ? 1 : 0, null);
        }
        catch (ConnectorException ex)
        {
            await syncState.RecordFailureAsync(clientId, SyncStreams.Users, time.GetUtcNow(), ex.Message, cancellationToken).ConfigureAwait(false);
            logger.LogError("Client {ClientId}: user sync failed ({Kind}): {Message}", clientId, ex.Kind, ex.Message);
            return new SyncRunResult(clientId, SyncStreams.Users, 0, 0, 0, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = SyncFailure.Describe(ex);
            await syncState.RecordFailureAsync(clientId, SyncStreams.Users, time.GetUtcNow(), failure, cancellationToken).ConfigureAwait(false);
            logger.LogError(ex, "Client {ClientId}: user sync failed: {Failure}", clientId, failure);
            return new SyncRunResult(clientId, SyncStreams.Users, 0, 0, 0, failure);
        }
    }
}
