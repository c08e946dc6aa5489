using CrmSupportHub.Persistence.Sqlite.Migrations;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>
/// Brings the database schema up to date: applies the embedded <c>Schema/NNNN_*.sql</c> scripts
/// newer than <c>PRAGMA user_version</c>, in order, each with its version bump in one transaction.
/// </summary>
public sealed class MigrationRunner
{
    private readonly SqliteDatabase _database;
    private readonly IReadOnlyList<Migration> _migrations;

    public MigrationRunner(SqliteDatabase database)
        : this(database, EmbeddedMigrations.Load())
    {
    }

    internal MigrationRunner(SqliteDatabase database, IReadOnlyList<Migration> migrations)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _migrations = migrations;
    }

    /// <summary>The schema version this build expects.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Applies pending migrations; safe to call on every start and from several processes.</summary>
    /// <returns>How many migrations this call applied (0 when the schema was current).</returns>
    /// <exception cref="InvalidOperationException">The database was written by a newer build.</exception>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        if (_database.FilePath is { } file && Path.GetDirectoryName(file) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var version = UserVersion(connection, transaction: null);
        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {version}, newer than this build's {LatestVersion}; upgrade the hub.");
        }

        var applied = 0;
        foreach (var migration in _migrations.Where(m => m.Version > version))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Apply(connection, migration))
            {
                applied++;
            }
        }

        return applied;
    }

    public async Task<int> GetVersionAsync(CancellationToken cancellationToken)
    {
        using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return UserVersion(connection, transaction: null);
    }

    private static bool Apply(SqliteConnection connection, Migration migration)
    {
        // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes
        // starting together cannot both apply the same script.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (UserVersion(connection, transaction) >= migration.Version)
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"{migration.Sql}\n;PRAGMA user_version = {migration.Version};";
        command.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    private static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
