using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>The SLA outbox: the unique <c>event_key</c> makes a second enqueue of a milestone a no-op.</summary>
internal sealed class SqliteSlaEventOutbox(SqliteDatabase database) : ISlaEventOutbox
{
    private readonly RetryQueueTable _queue = new(database, "sla_outbox", SlaOutboxRow.Columns, "Delivered", "delivered_at", "SLA outbox");

    private const string Insert = """
        INSERT INTO sla_outbox (event_key, client_id, request_id, clock, milestone, kind, threshold, due_at, target,
                                text, enqueued_at, status)
        VALUES (@EventKey, @ClientId, @RequestId, @Clock, @Milestone, @Kind, @Threshold, @DueAt, @Target,
                @Text, @EnqueuedAt, 'Pending')
        ON CONFLICT (event_key) DO NOTHING
        """;

    public async Task<bool> EnqueueAsync(SlaNotification notification, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var key = notification.Key;
        using var connection = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            Insert,
            new
            {
                EventKey = key.ToString(),
                key.ClientId,
                key.RequestId,
                Clock = DbText.FromEnum(key.Clock),
                key.Milestone,
                Kind = DbText.FromEnum(notification.Kind),
                Threshold = DbText.FromDecimal(notification.Threshold),
                DueAt = DbText.FromInstant(notification.DueAt),
                Target = notification.Target.Ticks,
                notification.Text,
                EnqueuedAt = DbText.FromInstant(at),
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<IReadOnlySet<SlaEventKey>> ListKeysAsync(string clientId, string requestId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT event_key FROM sla_outbox WHERE client_id = @clientId AND request_id = @requestId",
            new { clientId, requestId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return keys.Select(SlaEventKey.Parse).ToHashSet();
    }

    public async Task<IReadOnlyList<SlaOutboxItem>> TakeUndeliveredAsync(int max, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await _queue.TakeDueAsync<SlaOutboxRow>(max, now, cancellationToken).ConfigureAwait(false)).Select(r => r.ToItem())];

    public Task MarkDeliveredAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        _queue.MarkDoneAsync(id, at, cancellationToken);

    public Task MarkFailedAsync(long id, string failure, DateTimeOffset at, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        _queue.MarkFailedAsync(id, failure, at, retryAt, cancellationToken);

    public async Task<IReadOnlyList<SlaOutboxItem>> ListRecentAsync(
        string? clientId, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        // Only the filters given go into the statement, so each variant can use its index.
        var filters = new List<string>(2);
        if (clientId is not null)
        {
            filters.Add("client_id = @clientId");
        }

        if (since is not null)
        {
            filters.Add("enqueued_at >= @since");
        }

        var where = filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters);
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SlaOutboxRow>(new CommandDefinition(
            $"SELECT {SlaOutboxRow.Columns} FROM sla_outbox {where} ORDER BY enqueued_at DESC, id DESC LIMIT @limit",
            new { clientId, since = DbText.FromInstant(since), limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToItem())];
    }
}
