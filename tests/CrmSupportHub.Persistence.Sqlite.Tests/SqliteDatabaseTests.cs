using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Dapper;

namespace CrmSupportHub.Persistence.Sqlite.Tests;

public sealed class SqliteDatabaseTests : DatabaseTest
{
    [Test]
    public async Task OpenConnectionAsync_FileDatabase_UsesWalNormalSyncForeignKeysAndBusyTimeout()
    {
        using var connection = await Db.Database.OpenConnectionAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(connection.ExecuteScalar<long>("PRAGMA synchronous"), Is.EqualTo(1), "1 is NORMAL");
            Assert.That(connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
            Assert.That(connection.ExecuteScalar<long>("PRAGMA busy_timeout"), Is.EqualTo(5000));
        });
    }

    [Test]
    public async Task OpenConnectionAsync_PooledConnectionAgain_KeepsItsSettingsWithoutSettingThemAgain()
    {
        var database = new SqliteDatabase(new SqliteOptions { ConnectionString = Db.Database.ConnectionString });
        using (await database.OpenConnectionAsync(CancellationToken.None))
        {
        }

        using var again = await database.OpenConnectionAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(database.ConfiguredConnections, Is.EqualTo(1), "the pool handed out the same physical connection");
            Assert.That(again.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(again.ExecuteScalar<long>("PRAGMA synchronous"), Is.EqualTo(1));
            Assert.That(again.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
            Assert.That(again.ExecuteScalar<long>("PRAGMA busy_timeout"), Is.EqualTo(5000));
        });
    }

    [Test]
    public async Task OpenConnectionAsync_TwoAtOnce_SetsUpEach()
    {
        var database = new SqliteDatabase(new SqliteOptions { ConnectionString = Db.Database.ConnectionString });

        using var first = await database.OpenConnectionAsync(CancellationToken.None);
        using var second = await database.OpenConnectionAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(database.ConfiguredConnections, Is.EqualTo(2));
            Assert.That(second.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task OpenConnectionAsync_AfterMigrations_PassesIntegrityCheck()
    {
        Assert.That(await Db.ScalarAsync<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
    }

    [Test]
    public void FilePath_FileAndMemoryDatabases_GivesFullPathOrNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Db.Database.FilePath, Is.EqualTo(Path.GetFullPath(Db.FilePath)));
            Assert.That(new SqliteDatabase(new SqliteOptions { ConnectionString = "Data Source=:memory:" }).FilePath, Is.Null);
        });
    }

    [Test]
    public void Constructor_EmptyConnectionString_Throws()
    {
        Assert.That(() => new SqliteDatabase(new SqliteOptions()), Throws.ArgumentException);
    }
}
