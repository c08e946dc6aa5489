using CrmSupportHub.Core.Sync;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteSyncStateStoreTests : DatabaseTest
{
    private const string Client = Samples.Client;
    private const string Stream = SyncStreams.Users;

    private SqliteSyncStateStore _store = null!;

    [SetUp]
    public void CreateStore() => _store = new SqliteSyncStateStore(Db.Database);

    [Test]
    public async Task GetAsync_UnknownStream_ReturnsNull()
    {
        Assert.That(await _store.GetAsync(Client, Stream, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task SaveCursorAsync_Twice_KeepsTheLatestCursor()
    {
        await _store.SaveCursorAsync(new SyncCheckpoint(Client, Stream, "c1", T0), CancellationToken.None);
        await _store.SaveCursorAsync(new SyncCheckpoint(Client, Stream, "c2", T0.AddMinutes(1)), CancellationToken.None);

        Assert.That(
            await _store.GetAsync(Client, Stream, CancellationToken.None),
            Is.EqualTo(new SyncState(Client, Stream, "c2", T0.AddMinutes(1), null, null, null, null, 0)));
    }

    [Test]
    public async Task RecordFailureAsync_Twice_KeepsCursorAndCountsFailures()
    {
        await _store.SaveCursorAsync(new SyncCheckpoint(Client, Stream, "c1", T0), CancellationToken.None);
        await _store.RecordSuccessAsync(Client, Stream, T0, CancellationToken.None);

        await _store.RecordFailureAsync(Client, Stream, T0.AddMinutes(5), "timeout", CancellationToken.None);
        await _store.RecordFailureAsync(Client, Stream, T0.AddMinutes(10), "401", CancellationToken.None);

        Assert.That(
            await _store.GetAsync(Client, Stream, CancellationToken.None),
            Is.EqualTo(new SyncState(Client, Stream, "c1", T0, T0, T0.AddMinutes(10), "401", T0.AddMinutes(10), 2)));
    }

    [Test]
    public async Task RecordFailureAsync_FirstRunFails_CreatesStateWithoutCursor()
    {
        await _store.RecordFailureAsync(Client, Stream, T0, "dns", CancellationToken.None);

        Assert.That(
            await _store.GetAsync(Client, Stream, CancellationToken.None),
            Is.EqualTo(new SyncState(Client, Stream, null, null, null, T0, "dns", T0, 1)));
    }

    [Test]
    public async Task RecordSuccessAsync_AfterFailures_ResetsTheCountAndKeepsTheLastError()
    {
        await _store.RecordFailureAsync(Client, Stream, T0, "dns", CancellationToken.None);
        await _store.RecordFailureAsync(Client, Stream, T0.AddMinutes(1), "dns", CancellationToken.None);

        await _store.RecordSuccessAsync(Client, Stream, T0.AddMinutes(2), CancellationToken.None);

        Assert.That(
            await _store.GetAsync(Client, Stream, CancellationToken.None),
            Is.EqualTo(new SyncState(Client, Stream, null, null, T0.AddMinutes(2), T0.AddMinutes(2), "dns", T0.AddMinutes(1), 0)));
    }

    [Test]
    public async Task ListAsync_SeveralStreams_ReturnsAllOrderedByClientAndStream()
    {
        await _store.RecordSuccessAsync("globex", SyncStreams.Users, T0, CancellationToken.None);
        await _store.RecordSuccessAsync(Client, SyncStreams.Users, T0, CancellationToken.None);
        await _store.RecordSuccessAsync(Client, SyncStreams.Requests, T0, CancellationToken.None);

        var states = await _store.ListAsync(CancellationToken.None);

        Assert.That(
            states.Select(s => (s.ClientId, s.Stream)),
            Is.EqualTo(new[] { (Client, SyncStreams.Requests), (Client, SyncStreams.Users), ("globex", SyncStreams.Users) }));
    }
}
