using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

internal sealed class SqliteSyncStateStore(SqliteDatabase database) : ISyncStateStore
{
    public async Task<SyncState?> GetAsync(string clientId, string stream, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SyncStateRow>(new CommandDefinition(
            $"SELECT {SyncStateRow.Columns} FROM sync_state WHERE client_id = @clientId AND stream = @stream",
            new { clientId, stream },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToSyncState();
    }

    public async Task<IReadOnlyList<SyncState>> ListAsync(CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SyncStateRow>(new CommandDefinition(
            $"SELECT {SyncStateRow.Columns} FROM sync_state ORDER BY client_id, stream",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSyncState())];
    }

    public Task SaveCursorAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return ExecuteAsync(SyncStateSql.SaveCursor, CursorParameters(checkpoint), cancellationToken);
    }

    public Task RecordSuccessAsync(string clientId, string stream, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(SyncStateSql.RecordSuccess, new { ClientId = clientId, Stream = stream, At = DbText.FromInstant(at) }, cancellationToken);

    public Task RecordFailureAsync(string clientId, string stream, DateTimeOffset at, string failure, CancellationToken cancellationToken) =>
        ExecuteAsync(
            SyncStateSql.RecordFailure,
            new { ClientId = clientId, Stream = stream, At = DbText.FromInstant(at), Failure = failure },
            cancellationToken);

    internal static object CursorParameters(SyncCheckpoint checkpoint) => new
    {
        checkpoint.ClientId,
        checkpoint.Stream,
        checkpoint.Cursor,
        SavedAt = DbText.FromInstant(checkpoint.SavedAt),
    };

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
