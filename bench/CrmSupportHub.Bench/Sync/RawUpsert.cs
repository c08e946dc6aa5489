using CrmSupportHub.Core.Requests;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Bench.Sync;

/// <summary>
/// The baseline of sync-throughput: the same snapshots written with nothing but one prepared
/// ADO.NET upsert per row, 500 rows per transaction, WAL and synchronous=NORMAL as the store uses.
/// </summary>
internal static class RawUpsert
{
    private const string Sql = """
        INSERT INTO requests (client_id, external_id, title, stage_id, stage, assignee_id, status,
                              created_at, updated_at, stage_changed_at, first_seen_at)
        VALUES ($client_id, $external_id, $title, $stage_id, $stage, $assignee_id, $status,
                $created_at, $updated_at, $stage_changed_at, $first_seen_at)
        ON CONFLICT (client_id, external_id) DO UPDATE SET
            title = excluded.title, stage_id = excluded.stage_id, stage = excluded.stage,
            assignee_id = excluded.assignee_id, status = excluded.status, created_at = excluded.created_at,
            updated_at = excluded.updated_at, stage_changed_at = excluded.stage_changed_at
        """;

    private static readonly string[] Names =
    [
        "$client_id", "$external_id", "$title", "$stage_id", "$stage", "$assignee_id", "$status",
        "$created_at", "$updated_at", "$stage_changed_at", "$first_seen_at",
    ];

    private const string EventSql = """
        INSERT INTO request_events (client_id, request_id, kind, occurred_at, recorded_at, source, stage_id, stage)
        VALUES ($client_id, $request_id, 'Created', $occurred_at, $recorded_at, 'Poll', $stage_id, $stage)
        """;

    private static readonly string[] EventNames = ["$client_id", "$request_id", "$occurred_at", "$recorded_at", "$stage_id", "$stage"];

    /// <param name="withEvents">Also one Created event per row, as the sync writes (foreign keys on).</param>
    public static async Task<int> RunAsync(string databasePath, string clientId, IReadOnlyList<RequestSnapshot> rows, int batchSize, bool withEvents = false)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync().ConfigureAwait(false);
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            pragmas.ExecuteNonQuery();
        }

        var firstSeen = Text(DateTimeOffset.UnixEpoch);
        for (var offset = 0; offset < rows.Count; offset += batchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Sql;
            var p = Names.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
            command.Prepare();
            foreach (var row in rows.Skip(offset).Take(batchSize))
            {
                p[0].Value = clientId;
                p[1].Value = row.ExternalId;
                p[2].Value = row.Title;
                p[3].Value = (object?)row.StageId ?? DBNull.Value;
                p[4].Value = row.Stage.ToString();
                p[5].Value = (object?)row.AssigneeId ?? DBNull.Value;
                p[6].Value = row.Status.ToString();
                p[7].Value = Text(row.CreatedAt);
                p[8].Value = Text(row.UpdatedAt);
                p[9].Value = row.StageChangedAt is { } changed ? Text(changed) : DBNull.Value;
                p[10].Value = firstSeen;
                command.ExecuteNonQuery();
            }

            if (withEvents)
            {
                InsertEvents(connection, transaction, clientId, rows.Skip(offset).Take(batchSize), firstSeen);
            }

            transaction.Commit();
        }

        return rows.Count;
    }

    private static void InsertEvents(SqliteConnection connection, SqliteTransaction transaction, string clientId, IEnumerable<RequestSnapshot> rows, string recordedAt)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = EventSql;
        var p = EventNames.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            p[0].Value = clientId;
            p[1].Value = row.ExternalId;
            p[2].Value = Text(row.CreatedAt);
            p[3].Value = recordedAt;
            p[4].Value = (object?)row.StageId ?? DBNull.Value;
            p[5].Value = row.Stage.ToString();
            command.ExecuteNonQuery();
        }
    }

    private static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
