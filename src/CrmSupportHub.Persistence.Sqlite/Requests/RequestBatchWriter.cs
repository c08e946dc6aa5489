using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Persistence.Sqlite.Stores;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>Writes a <see cref="RequestBatch"/> inside the caller's transaction: snapshots, then events, then the cursor.</summary>
internal static class RequestBatchWriter
{
    /// <param name="firstSeenAt">Recorded for requests the store has not seen before.</param>
    public static void Write(SqliteTransaction transaction, RequestBatch batch, DateTimeOffset firstSeenAt, CancellationToken cancellationToken)
    {
        using (var upsert = new SnapshotUpsert(transaction))
        {
            // In key order, a page of upserts walks the primary-key B-tree once instead of jumping
            // around it (CRMs list by update time, not by id); a stable sort keeps a repeated id's
            // last version last.
            foreach (var snapshot in batch.Snapshots.OrderBy(s => s.ExternalId, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                EnsureSameClient(batch, snapshot.ClientId);
                upsert.Add(snapshot, firstSeenAt);
            }

            upsert.Flush();
        }

        // Events after snapshots: their foreign key needs the request row.
        using (var insert = new EventInsert(transaction))
        {
            foreach (var requestEvent in batch.Events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                EnsureSameClient(batch, requestEvent.ClientId);
                insert.Add(requestEvent);
            }

            insert.Flush();
        }

        if (batch.Checkpoint is { } checkpoint)
        {
            EnsureSameClient(batch, checkpoint.ClientId);
            transaction.Connection!.Execute(new CommandDefinition(
                SyncStateSql.SaveCursor,
                SqliteSyncStateStore.CursorParameters(checkpoint),
                transaction,
                cancellationToken: cancellationToken));
        }
    }

    // Checked as rows are written: a mismatch rolls back whatever was written before it.
    private static void EnsureSameClient(RequestBatch batch, string clientId)
    {
        if (!string.Equals(batch.ClientId, clientId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The batch is for client '{batch.ClientId}' but holds data of client '{clientId}'.", nameof(batch));
        }
    }
}
