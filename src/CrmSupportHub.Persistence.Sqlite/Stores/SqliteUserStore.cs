using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

internal sealed class SqliteUserStore(SqliteDatabase database) : IUserStore
{
    private const string UpsertUser = """
        INSERT INTO crm_users (client_id, external_id, name, email, is_active, is_analyst, seen_at)
        VALUES (@ClientId, @ExternalId, @Name, @Email, @IsActive, @IsAnalyst, @SeenAt)
        ON CONFLICT (client_id, external_id) DO UPDATE SET
            name = excluded.name, email = excluded.email, is_active = excluded.is_active,
            is_analyst = excluded.is_analyst, seen_at = excluded.seen_at
        """;

    private const string InsertSeatCount = """
        INSERT INTO seat_counts (client_id, counted_at, active_users, user_limit, package, basis)
        VALUES (@ClientId, @CountedAt, @ActiveUsers, @Limit, @Package, @Basis)
        """;

    private const string SelectSeatCounts = $"SELECT {SeatCountRow.Columns} FROM seat_counts";

    public async Task SaveUsersAsync(string clientId, IReadOnlyList<CrmUser> users, SeatCount? seatCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (users.Any(u => u.ClientId != clientId) || (seatCount is not null && seatCount.ClientId != clientId))
        {
            throw new ArgumentException($"Every user and the seat count must belong to client '{clientId}'.", nameof(users));
        }

        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);

        // Everyone goes inactive, then the listed users are written back as read: whoever the CRM
        // no longer lists stays inactive, keeping the time they were last seen.
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crm_users SET is_active = 0 WHERE client_id = @clientId AND is_active = 1",
            new { clientId },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            UpsertUser,
            users.Select(UserParameters),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (seatCount is not null)
        {
            await AppendAsync(connection, transaction, seatCount, cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<CrmUser>> ListUsersAsync(string clientId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM crm_users WHERE client_id = @clientId ORDER BY external_id",
            new { clientId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToUser())];
    }

    public async Task AppendSeatCountAsync(SeatCount seatCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seatCount);
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await AppendAsync(connection, transaction: null, seatCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SeatCount?> GetLatestSeatCountAsync(string clientId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SeatCountRow>(new CommandDefinition(
            $"{SelectSeatCounts} WHERE client_id = @clientId ORDER BY counted_at DESC, id DESC LIMIT 1",
            new { clientId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToSeatCount();
    }

    public async Task<IReadOnlyList<SeatCount>> ListLatestSeatCountsAsync(CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {SeatCountRow.Columns} FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY counted_at DESC, id DESC) AS newest FROM seat_counts)
            WHERE newest = 1
            """;
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SeatCountRow>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSeatCount())];
    }

    public async Task<IReadOnlyList<SeatCount>> ListSeatCountsAsync(
        string clientId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT * FROM (
                {SelectSeatCounts} WHERE client_id = @clientId AND counted_at < @from
                ORDER BY counted_at DESC, id DESC LIMIT 1)
            UNION ALL
            {SelectSeatCounts} WHERE client_id = @clientId AND counted_at >= @from AND counted_at < @until
            ORDER BY CountedAt, Id
            """;
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SeatCountRow>(new CommandDefinition(
            sql,
            new { clientId, from = DbText.FromInstant(from), until = DbText.FromInstant(until) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSeatCount())];
    }

    private static object UserParameters(CrmUser user) => new
    {
        user.ClientId,
        user.ExternalId,
        user.Name,
        user.Email,
        user.IsActive,
        user.IsAnalyst,
        SeenAt = DbText.FromInstant(user.SeenAt),
    };

    private static Task<int> AppendAsync(SqliteConnection connection, SqliteTransaction? transaction, SeatCount seatCount, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            InsertSeatCount,
            new
            {
                seatCount.ClientId,
                CountedAt = DbText.FromInstant(seatCount.CountedAt),
                seatCount.ActiveUsers,
                seatCount.Limit,
                Package = seatCount.Package.ToString(),
                Basis = seatCount.Basis.ToString(),
            },
            transaction,
            cancellationToken: cancellationToken));
}
