using System.Text.Json;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Persistence.Sqlite.Requests;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

internal sealed class SqliteSupportRequestStore(SqliteDatabase database, TimeProvider time) : ISupportRequestStore
{
    private const string SelectSnapshots = $"SELECT {SnapshotRow.Columns} FROM requests";

    public async Task<IReadOnlyDictionary<string, RequestSnapshot>> GetSnapshotsAsync(
        string clientId, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        if (externalIds.Count == 0)
        {
            return new Dictionary<string, RequestSnapshot>(StringComparer.Ordinal);
        }

        // One JSON array parameter keeps the statement text (and its plan) the same for any number of ids.
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SnapshotRow>(new CommandDefinition(
            $"{SelectSnapshots} WHERE client_id = @clientId AND external_id IN (SELECT value FROM json_each(@ids))",
            new { clientId, ids = JsonSerializer.Serialize(externalIds) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ExternalId, r => r.ToSnapshot(), StringComparer.Ordinal);
    }

    public async Task<RequestSnapshot?> GetAsync(string clientId, string externalId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SnapshotRow>(new CommandDefinition(
            $"{SelectSnapshots} WHERE client_id = @clientId AND external_id = @externalId",
            new { clientId, externalId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToSnapshot();
    }

    public async Task<IReadOnlyList<RequestSnapshot>> ListAsync(string clientId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SnapshotRow>(new CommandDefinition(
            $"{SelectSnapshots} WHERE client_id = @clientId ORDER BY created_at, external_id",
            new { clientId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSnapshot())];
    }

    public async Task CommitAsync(RequestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var firstSeenAt = time.GetUtcNow();
        using var connection = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        RequestBatchWriter.Write(transaction, batch, firstSeenAt, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        database.Checkpointer.Nudge();
    }

    public async Task<RequestEvent> AppendEventAsync(RequestEvent requestEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestEvent);
        using var connection = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var insert = new EventInsert(transaction))
        {
            insert.Add(requestEvent);
            insert.Flush();
        }

        var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT last_insert_rowid()", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        transaction.Commit();
        return requestEvent with { Sequence = sequence };
    }

    public async Task<IReadOnlyList<RequestEvent>> GetEventsAsync(string clientId, string externalId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
            $"SELECT {EventRow.Columns} FROM request_events WHERE client_id = @clientId AND request_id = @externalId ORDER BY sequence",
            new { clientId, externalId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEvent())];
    }

    public async Task<IReadOnlyList<RequestEvent>> ListEventsAsync(string clientId, CancellationToken cancellationToken)
    {
        // ix_request_events_request (client_id, request_id, then the rowid) already holds this order.
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
            $"SELECT {EventRow.Columns} FROM request_events WHERE client_id = @clientId ORDER BY request_id, sequence",
            new { clientId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEvent())];
    }
}
