using System.Text.Json;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>
/// The retry bookkeeping the webhook inbox and the SLA outbox share: take the items due (pending,
/// or failed with a retry time that has come), mark one done, or mark it failed with its next
/// attempt time (none: it is dead, since NULL never compares as due).
/// </summary>
/// <param name="doneStatus">The status of a finished item, e.g. <c>Processed</c>.</param>
/// <param name="doneColumn">The column that records when it finished, e.g. <c>processed_at</c>.</param>
internal sealed class RetryQueueTable(SqliteDatabase database, string table, string columns, string doneStatus, string doneColumn, string name)
{
    private readonly string _selectDue = $"""
        SELECT {columns} FROM {table}
        WHERE status <> '{doneStatus}' AND (status = 'Pending' OR next_attempt_at <= @now)
        ORDER BY id LIMIT @max
        """;

    private readonly string _markAllDone = $"""
        UPDATE {table} SET status = '{doneStatus}', attempts = attempts + 1,
            last_attempt_at = @at, {doneColumn} = @at, next_attempt_at = NULL
        WHERE id IN (SELECT value FROM json_each(@ids))
        """;

    private readonly string _markFailed = $"""
        UPDATE {table} SET status = 'Failed', attempts = attempts + 1,
            last_error = @failure, last_attempt_at = @at, next_attempt_at = @retryAt
        WHERE id = @id
        """;

    public async Task<IEnumerable<TRow>> TakeDueAsync<TRow>(int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync<TRow>(new CommandDefinition(
            _selectDue, new { max, now = DbText.FromInstant(now) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task MarkDoneAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        MarkDoneAsync([id], at, cancellationToken);

    /// <summary>Marks several items done in one transaction; rolls back and throws when one of them does not exist.</summary>
    public async Task MarkDoneAsync(IReadOnlyCollection<long> ids, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        using var connection = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            _markAllDone, new { ids = JsonSerializer.Serialize(distinct), at = DbText.FromInstant(at) }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        if (changed != distinct.Count)
        {
            throw new KeyNotFoundException($"The {name} is missing {distinct.Count - changed} of the {distinct.Count} items to mark done.");
        }

        transaction.Commit();
    }

    public Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        UpdateAsync(id, _markFailed, new { id, failure, at = DbText.FromInstant(at), retryAt = DbText.FromInstant(retryAt) }, cancellationToken);

    private async Task UpdateAsync(long id, string sql, object parameters, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        if (changed == 0)
        {
            throw new KeyNotFoundException($"The {name} has no item {id}.");
        }
    }
}
