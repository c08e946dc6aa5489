using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Webhooks;
using CrmSupportHub.Persistence.Sqlite.Inbox;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>The webhook inbox; adds go through <see cref="InboxWriter"/>'s group commit.</summary>
internal sealed class SqliteWebhookInbox : IWebhookInbox, IAsyncDisposable, IDisposable
{
    // A failed item with no next attempt is dead: NULL never compares as due.
    private const string SelectDue = $"""
        SELECT {InboxRow.Columns} FROM webhook_inbox
        WHERE status <> 'Processed' AND (status = 'Pending' OR next_attempt_at <= @now)
        ORDER BY id LIMIT @max
        """;

    private readonly SqliteDatabase _database;
    private readonly InboxWriter _writer;

    public SqliteWebhookInbox(SqliteDatabase database)
    {
        _database = database;
        _writer = new InboxWriter(database);
    }

    internal int Commits => _writer.Commits;

    public Task<bool> AddAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(item.ClientId, nameof(item));
        ArgumentException.ThrowIfNullOrEmpty(item.DeliveryKey, nameof(item));
        ArgumentNullException.ThrowIfNull(item.Body, nameof(item));
        return _writer.AddAsync(new PendingAdd(item), cancellationToken);
    }

    public async Task<IReadOnlyList<InboxItem>> TakePendingAsync(int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InboxRow>(new CommandDefinition(
            SelectDue, new { max, now = DbText.FromInstant(now) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToItem())];
    }

    public Task MarkProcessedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(
            id,
            """
            UPDATE webhook_inbox SET status = 'Processed', attempts = attempts + 1,
                last_attempt_at = @at, processed_at = @at, next_attempt_at = NULL
            WHERE id = @id
            """,
            new { id, at = DbText.FromInstant(at) },
            cancellationToken);

    public Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        UpdateAsync(
            id,
            """
            UPDATE webhook_inbox SET status = 'Failed', attempts = attempts + 1,
                last_error = @failure, last_attempt_at = @at, next_attempt_at = @retryAt
            WHERE id = @id
            """,
            new { id, failure, at = DbText.FromInstant(at), retryAt = DbText.FromInstant(retryAt) },
            cancellationToken);

    public async Task<int> CountAsync(string clientId, CancellationToken cancellationToken)
    {
        using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM webhook_inbox WHERE client_id = @clientId",
            new { clientId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>Stops taking adds without waiting; queued ones still commit in the background.</summary>
    public void Dispose() => _writer.Complete();

    private async Task UpdateAsync(long id, string sql, object parameters, CancellationToken cancellationToken)
    {
        using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        if (changed == 0)
        {
            throw new KeyNotFoundException($"The webhook inbox has no item {id}.");
        }
    }
}
