using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Dapper;
using static CrmSupportHub.Persistence.Sqlite.Tests.Support.Samples;

namespace CrmSupportHub.Persistence.Sqlite.Tests;

public sealed class WalCheckpointerTests : DatabaseTest
{
    [Test]
    public async Task CommitAsync_CommittedPage_ReachesTheDatabaseFileThroughABackgroundCheckpoint()
    {
        var store = new SqliteSupportRequestStore(Db.Database, Time);
        var fileBefore = new FileInfo(Db.FilePath).Length;
        var snapshots = Enumerable.Range(1, 500).Select(i => Snapshot($"r{i}")).ToList();

        await store.CommitAsync(new RequestBatch(Client, snapshots, []), CancellationToken.None);
        var checkpointed = await EventuallyAsync(() => Db.Database.Checkpointer.Completed >= 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checkpointed, Is.True, "the commit nudged a checkpoint");
            Assert.That(new FileInfo(Db.FilePath).Length, Is.GreaterThan(fileBefore), "the logged pages were copied into the database file");
        }
    }

    [Test]
    public async Task OpenConnectionAsync_AutoCheckpoint_IsOnlyTheBackstop()
    {
        using var connection = await Db.Database.OpenConnectionAsync(CancellationToken.None);

        Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA wal_autocheckpoint;"), Is.EqualTo(10_000));
    }

    // A failure bound, not a measurement: the checkpoint runs on the thread pool.
    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition() && !timeout.IsCancellationRequested)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        return condition();
    }
}
