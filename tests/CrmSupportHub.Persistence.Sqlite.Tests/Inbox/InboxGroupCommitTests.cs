using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Inbox;

/// <summary>
/// The tests hold the database's write lock while they queue adds, so the writer cannot commit
/// until they let go: what goes into which transaction does not depend on timing.
/// </summary>
public sealed class InboxGroupCommitTests : DatabaseTest
{
    private SqliteWebhookInbox _inbox = null!;

    [SetUp]
    public void CreateInbox() => _inbox = new SqliteWebhookInbox(Db.Database);

    [TearDown]
    public async Task CloseInbox() => await _inbox.DisposeAsync();

    [Test]
    public async Task AddAsync_200ConcurrentAddsWithDuplicates_CommitInFewTransactionsAndReportDuplicates()
    {
        var keys = Enumerable.Range(0, 150).Concat(Enumerable.Range(0, 50)).Select(i => $"d{i}").ToList();
        Task<bool>[] adds;
        using (var writeLock = await HoldWriteLockAsync())
        {
            adds = [.. keys.Select(k => _inbox.AddAsync(SqliteWebhookInboxTests.Item(k, k), CancellationToken.None))];
            Assert.That(adds.Any(a => a.IsCompleted), Is.False, "nothing completes before its commit");
        }

        var added = await Task.WhenAll(adds);

        Assert.Multiple(async () =>
        {
            Assert.That(added[..150], Is.All.True, "first deliveries");
            Assert.That(added[150..], Is.All.False, "redeliveries");
            Assert.That(await _inbox.CountAsync(Samples.Client, CancellationToken.None), Is.EqualTo(150));
            Assert.That(_inbox.Commits, Is.LessThanOrEqualTo(2));
        });
    }

    [Test]
    public async Task AddAsync_200AddsFromParallelThreads_StoreEachKeyOnce()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"d{i % 120}").ToList();

        var added = await Task.WhenAll(keys.Select(k => Task.Run(() => _inbox.AddAsync(SqliteWebhookInboxTests.Item(k, k), CancellationToken.None))));

        var storedPerKey = keys.Zip(added).Where(p => p.Second).GroupBy(p => p.First).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(storedPerKey, Has.Count.EqualTo(120));
            Assert.That(storedPerKey.All(g => g.Count() == 1), Is.True, "exactly one add per key reports it stored");
            Assert.That(await _inbox.CountAsync(Samples.Client, CancellationToken.None), Is.EqualTo(120));
        });
    }

    [Test]
    public async Task AddAsync_OneDeliveryFails_TheOthersInItsGroupStillCommit()
    {
        await Db.ExecuteAsync(
            "CREATE TRIGGER poison BEFORE INSERT ON webhook_inbox WHEN NEW.delivery_key = 'poison' BEGIN SELECT RAISE(ABORT, 'poison'); END");
        Task<bool>[] adds;
        using (var writeLock = await HoldWriteLockAsync())
        {
            adds = [.. new[] { "a", "poison", "b" }.Select(k => _inbox.AddAsync(SqliteWebhookInboxTests.Item(k, k), CancellationToken.None))];
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await adds[0], Is.True);
            Assert.That(() => adds[1], Throws.InstanceOf<SqliteException>());
            Assert.That(await adds[2], Is.True);
            Assert.That(await _inbox.CountAsync(Samples.Client, CancellationToken.None), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task DisposeAsync_WithQueuedAdds_CommitsThemFirst()
    {
        Task<bool>[] adds;
        Task disposed;
        using (var writeLock = await HoldWriteLockAsync())
        {
            adds = [.. new[] { "a", "b", "c" }.Select(k => _inbox.AddAsync(SqliteWebhookInboxTests.Item(k, k), CancellationToken.None))];
            disposed = _inbox.DisposeAsync().AsTask();
        }

        await disposed;

        // Committed by the time disposal returns; the callers' own continuations may still be running.
        var committed = await Db.ScalarAsync<long>("SELECT COUNT(*) FROM webhook_inbox");
        var added = await Task.WhenAll(adds);
        Assert.Multiple(() =>
        {
            Assert.That(committed, Is.EqualTo(3));
            Assert.That(added, Is.All.True);
        });
    }

    [Test]
    public async Task AddAsync_CallerGivesUp_StopsWaitingButTheDeliveryStillCommits()
    {
        using var cancellation = new CancellationTokenSource();
        Task<bool> add;
        using (var writeLock = await HoldWriteLockAsync())
        {
            add = _inbox.AddAsync(SqliteWebhookInboxTests.Item("a", "a"), cancellation.Token);
            await cancellation.CancelAsync();
            Assert.That(() => add, Throws.InstanceOf<OperationCanceledException>());
        }

        Assert.That(await _inbox.AddAsync(SqliteWebhookInboxTests.Item("a", "a"), CancellationToken.None), Is.False);
    }

    /// <summary>A write transaction on another connection; disposing it (rolled back) lets the writer in.</summary>
    private async Task<IDisposable> HoldWriteLockAsync()
    {
        var connection = await Db.Database.OpenConnectionAsync(CancellationToken.None);
        var transaction = connection.BeginTransaction(deferred: false);
        return new WriteLock(connection, transaction);
    }

    private sealed class WriteLock(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        public void Dispose()
        {
            transaction.Dispose();
            connection.Dispose();
        }
    }
}
