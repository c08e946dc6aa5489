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

    private readonly string _markDone = $"""
        UPDATE {table} SET status = '{doneStatus}', attempts = attempts + 1,
            last_attempt_at = @at, {doneColumn} = @at, next_attempt_at = NULL
        WHERE id = @id
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
        UpdateAsync(id, _markDone, new { id, at = DbText.FromInstant(at) }, cancellationToken);

    public Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        UpdateAsync(id, _markFailed, new { id, failure, at = DbText.FromInstant(at), retryAt = DbText.FromInstant(retryAt) }, cancellationToken);

    private async Task UpdateAsync(long id, string sql, object parameters, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        if (changed == 0)
        {
            throw new KeyNotFoundException($"The {name} has no item {id}.");
        }
    }
}
