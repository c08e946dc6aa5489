using System.Text.Json;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Persistence.Sqlite.Rows;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>
/// Mirrors each client's configured contract versions. A version dropped from the configuration is
/// deleted too: left behind, it would still decide the terms from its date on.
/// </summary>
internal sealed class SqliteContractStore(SqliteDatabase database, TimeProvider time) : IContractStore
{
    // saved_at moves only when the terms of that date change, so re-saving the same profile is a no-op.
    private const string Upsert = """
        INSERT INTO contracts (client_id, effective_from, terms, saved_at)
        VALUES (@ClientId, @EffectiveFrom, @Terms, @SavedAt)
        ON CONFLICT (client_id, effective_from) DO UPDATE SET
            terms = excluded.terms, saved_at = excluded.saved_at
        WHERE contracts.terms <> excluded.terms
        """;

    private const string DeleteUnlisted = """
        DELETE FROM contracts
        WHERE client_id = @clientId AND effective_from NOT IN (SELECT value FROM json_each(@dates))
        """;

    public async Task SaveAsync(ClientProfile client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var savedAt = DbText.FromInstant(time.GetUtcNow());
        var rows = client.Contract.Versions
            .Select(v => new
            {
                ClientId = client.Id,
                EffectiveFrom = DbText.FromDate(v.EffectiveFrom),
                Terms = JsonSerializer.Serialize(v.Terms, ContractJson.Options),
                SavedAt = savedAt,
            })
            .ToList();

        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(
            DeleteUnlisted,
            new { clientId = client.Id, dates = JsonSerializer.Serialize(rows.Select(r => r.EffectiveFrom)) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, rows, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        transaction.Commit();
    }

    public async Task<IReadOnlyList<ContractVersion>> GetAsync(string clientId, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ContractRow>(new CommandDefinition(
            $"SELECT {ContractRow.Columns} FROM contracts WHERE client_id = @clientId ORDER BY effective_from",
            new { clientId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToVersion())];
    }
}
