using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Bench.Webhooks;

/// <summary>What the inbox holds for one client: rows, the span of their arrival, and how many were applied.</summary>
internal sealed record InboxRows(long Rows, TimeSpan Span, long Processed)
{
    public static async Task<InboxRows> ReadAsync(string databasePath, string clientId)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), MIN(received_at), MAX(received_at), SUM(status = 'Processed')
            FROM webhook_inbox WHERE client_id = $client
            """;
        command.Parameters.AddWithValue("$client", clientId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var rows = reader.GetInt64(0);
        if (rows == 0)
        {
            return new InboxRows(0, TimeSpan.Zero, 0);
        }

        var first = DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
        var last = DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture);
        return new InboxRows(rows, last - first, reader.GetInt64(3));
    }
}
