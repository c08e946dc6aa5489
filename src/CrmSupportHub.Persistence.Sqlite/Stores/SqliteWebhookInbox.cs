using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Webhooks;
using CrmSupportHub.Persistence.Sqlite.Inbox;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>The webhook inbox; adds go through <see cref="InboxWriter"/>'s group commit.</summary>
internal sealed class SqliteWebhookInbox : IWebhookInbox, IAsyncDisposable, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly InboxWriter _writer;
    private readonly RetryQueueTable _queue;

    public SqliteWebhookInbox(SqliteDatabase database)
    {
        _database = database;
        _writer = new InboxWriter(database);
        _queue = new RetryQueueTable(database, "webhook_inbox", InboxRow.Columns, "Processed", "processed_at", "webhook inbox");
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

    public async Task<IReadOnlyList<InboxItem>> TakePendingAsync(int max, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await _queue.TakeDueAsync<InboxRow>(max, now, cancellationToken).ConfigureAwait(false)).Select(r => r.ToItem())];

    public Task MarkProcessedAsync(IReadOnlyCollection<long> ids, DateTimeOffset at, CancellationToken cancellationToken) =>
        _queue.MarkDoneAsync(ids, at, cancellationToken);

    public Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        _queue.MarkFailedAsync(id, failure, at, retryAt, cancellationToken);

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
}
