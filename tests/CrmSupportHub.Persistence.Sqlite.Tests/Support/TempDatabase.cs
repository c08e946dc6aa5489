using Dapper;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Support;

/// <summary>A real SQLite file in its own temporary directory, deleted on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private TempDatabase(string directory)
    {
        Directory = directory;
        FilePath = Path.Combine(directory, "hub.db");
        Database = new SqliteDatabase(new SqliteOptions { ConnectionString = $"Data Source={FilePath}" });
    }

    public string Directory { get; }

    public string FilePath { get; }

    public SqliteDatabase Database { get; }

    /// <summary>A new, empty database; migrated unless <paramref name="migrate"/> is false.</summary>
    public static async Task<TempDatabase> CreateAsync(bool migrate = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "crm-support-hub-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var temp = new TempDatabase(directory);
        if (migrate)
        {
            await new MigrationRunner(temp.Database).ApplyAsync(CancellationToken.None);
        }

        return temp;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        using var connection = await Database.OpenConnectionAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        using var connection = await Database.OpenConnectionAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        using var connection = await Database.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    public void Dispose()
    {
        // A background checkpoint would reopen the file; pooled connections keep it (and its -wal/-shm) open.
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
