using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using static CrmSupportHub.Persistence.Sqlite.Tests.Support.Samples;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteSupportRequestStoreTests : DatabaseTest
{
    private SqliteSupportRequestStore _store = null!;
    private SqliteSyncStateStore _syncState = null!;

    [SetUp]
    public void CreateStore()
    {
        _store = new SqliteSupportRequestStore(Db.Database, Time);
        _syncState = new SqliteSyncStateStore(Db.Database);
    }

    [Test]
    public async Task CommitAsync_NewSnapshots_StoresThemAsGiven()
    {
        var full = Snapshot("1") with { AssigneeId = "u7", Stage = StageCategory.Waiting, Status = RequestStatus.Closed, StageChangedAt = T0 };
        var bare = Snapshot("2") with { StageId = null };

        await _store.CommitAsync(new RequestBatch(Client, [full, bare], []), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.GetAsync(Client, "1", CancellationToken.None), Is.EqualTo(full));
            Assert.That(await _store.GetAsync(Client, "2", CancellationToken.None), Is.EqualTo(bare));
            Assert.That(await _store.GetAsync(Client, "3", CancellationToken.None), Is.Null);
        });
    }

    [Test]
    public async Task CommitAsync_NonAsciiAndLongText_RoundTripsExactly()
    {
        var cyrillic = Snapshot("1") with { Title = "Принтер не друкує 🖨️ — «терміново»" };
        var longTitle = Snapshot("2") with { Title = string.Concat(Enumerable.Repeat("Звіт показує неправильні суми. ", 40)) };

        await _store.CommitAsync(new RequestBatch(Client, [cyrillic, longTitle], []), CancellationToken.None);

        Assert.That(await _store.ListAsync(Client, CancellationToken.None), Is.EquivalentTo(new[] { cyrillic, longTitle }));
    }

    // Rows go in up to 50 per statement: exactly one statement, one more, and a partial last one.
    [TestCase(1)]
    [TestCase(50)]
    [TestCase(51)]
    [TestCase(137)]
    public async Task CommitAsync_ManyRows_StoresEverySnapshotAndEventsInTheOrderGiven(int count)
    {
        var snapshots = Enumerable.Range(1, count).Select(i => Snapshot($"r{i}") with { Title = $"Request number {i}" }).ToList();
        var events = snapshots
            .SelectMany(s => new[] { CreatedEvent(s, T0), CreatedEvent(s, T0) with { Kind = RequestEventKind.Assigned, AssigneeId = $"u-{s.ExternalId}" } })
            .ToList();

        await _store.CommitAsync(new RequestBatch(Client, snapshots, events), CancellationToken.None);

        var stored = await _store.ListAsync(Client, CancellationToken.None);
        var storedEvents = await Db.QueryAsync<(long Sequence, string RequestId, string Kind, string? AssigneeId)>(
            "SELECT sequence, request_id, kind, assignee_id FROM request_events ORDER BY sequence");
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EquivalentTo(snapshots));
            Assert.That(
                storedEvents.Select(e => (e.RequestId, e.Kind, e.AssigneeId)),
                Is.EqualTo(events.Select(e => (e.RequestId, e.Kind.ToString(), e.AssigneeId))),
                "sequences follow the order the events were given");
        });
    }

    [Test]
    public async Task CommitAsync_SameIdTwiceInOneBatch_KeepsTheLaterVersion()
    {
        var first = Snapshot("7");
        var later = first with { StageId = "stage-2", UpdatedAt = first.UpdatedAt.AddMinutes(1) };

        await _store.CommitAsync(new RequestBatch(Client, [Snapshot("9"), first, Snapshot("1"), later], []), CancellationToken.None);

        Assert.That(await _store.GetAsync(Client, "7", CancellationToken.None), Is.EqualTo(later));
    }

    [Test]
    public async Task CommitAsync_SameSnapshotTwice_KeepsOneRowAndAppendsOnlyTheGivenEvents()
    {
        var snapshot = Snapshot("1");
        await _store.CommitAsync(new RequestBatch(Client, [snapshot], [CreatedEvent(snapshot, T0)]), CancellationToken.None);

        await _store.CommitAsync(new RequestBatch(Client, [snapshot], []), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.ListAsync(Client, CancellationToken.None), Is.EqualTo(new[] { snapshot }));
            Assert.That(await _store.GetEventsAsync(Client, "1", CancellationToken.None), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task CommitAsync_ChangedSnapshot_UpdatesItButKeepsFirstSeenAt()
    {
        var snapshot = Snapshot("1");
        await _store.CommitAsync(new RequestBatch(Client, [snapshot], []), CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(1));
        var moved = snapshot with { StageId = "stage-2", Stage = StageCategory.Working, UpdatedAt = snapshot.UpdatedAt.AddHours(1) };

        await _store.CommitAsync(new RequestBatch(Client, [moved], []), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.GetAsync(Client, "1", CancellationToken.None), Is.EqualTo(moved));
            Assert.That(await Db.ScalarAsync<string>("SELECT first_seen_at FROM requests"), Is.EqualTo(DbText.FromInstant(T0)));
        });
    }

    [Test]
    public async Task CommitAsync_WithCheckpoint_SavesTheCursorWithTheData()
    {
        var snapshot = Snapshot("1");

        await _store.CommitAsync(new RequestBatch(Client, [snapshot], [], Checkpoint("page-2", T0)), CancellationToken.None);

        var state = await _syncState.GetAsync(Client, SyncStreams.Requests, CancellationToken.None);
        Assert.That(state, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(state!.Cursor, Is.EqualTo("page-2"));
            Assert.That(state.CursorSavedAt, Is.EqualTo(T0));
        });
    }

    [Test]
    public async Task CommitAsync_EventForUnknownRequest_LeavesNeitherRowsNorCursor()
    {
        var snapshot = Snapshot("1");
        var orphan = CreatedEvent(Snapshot("missing"), T0);
        var batch = new RequestBatch(Client, [snapshot], [CreatedEvent(snapshot, T0), orphan], Checkpoint("page-2", T0));

        Assert.That(() => _store.CommitAsync(batch, CancellationToken.None), Throws.InstanceOf<SqliteException>());

        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task CommitAsync_CancelledMidBatch_LeavesNeitherRowsNorCursor()
    {
        using var cancellation = new CancellationTokenSource();
        var snapshots = new CancellingList<RequestSnapshot>([Snapshot("1"), Snapshot("2"), Snapshot("3")], cancellation, cancelAt: 2);
        var batch = new RequestBatch(Client, snapshots, [], Checkpoint("page-2", T0));

        Assert.That(() => _store.CommitAsync(batch, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());

        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task CommitAsync_CursorWriteFails_LeavesNoRows()
    {
        await Db.ExecuteAsync(
            "CREATE TRIGGER fail_cursor BEFORE INSERT ON sync_state BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        var batch = new RequestBatch(Client, [Snapshot("1")], [], Checkpoint("page-2", T0));

        Assert.That(() => _store.CommitAsync(batch, CancellationToken.None), Throws.InstanceOf<SqliteException>());

        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task CommitAsync_SnapshotOfAnotherClient_ThrowsAndStoresNothing()
    {
        var batch = new RequestBatch(Client, [Snapshot("1"), Snapshot("2", client: "globex")], [], Checkpoint("page-2", T0));

        Assert.That(() => _store.CommitAsync(batch, CancellationToken.None), Throws.ArgumentException);

        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task GetSnapshotsAsync_SomeIdsKnown_ReturnsOnlyThoseOfTheClient()
    {
        await _store.CommitAsync(new RequestBatch(Client, [Snapshot("1"), Snapshot("2"), Snapshot("3")], []), CancellationToken.None);
        await _store.CommitAsync(new RequestBatch("globex", [Snapshot("4", client: "globex")], []), CancellationToken.None);

        var found = await _store.GetSnapshotsAsync(Client, ["1", "3", "4", "nope"], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found.Keys, Is.EquivalentTo(new[] { "1", "3" }));
            Assert.That(found["3"], Is.EqualTo(Snapshot("3")));
        });
    }

    [Test]
    public async Task GetSnapshotsAsync_NoIds_ReturnsEmpty()
    {
        Assert.That(await _store.GetSnapshotsAsync(Client, [], CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task ListAsync_TwoClients_ReturnsOnlyTheClientsRequests()
    {
        await _store.CommitAsync(new RequestBatch(Client, [Snapshot("1")], []), CancellationToken.None);
        await _store.CommitAsync(new RequestBatch("globex", [Snapshot("1", client: "globex")], []), CancellationToken.None);

        Assert.That(await _store.ListAsync("globex", CancellationToken.None), Is.EqualTo(new[] { Snapshot("1", client: "globex") }));
    }

    [Test]
    public async Task AppendEventAsync_KnownRequest_ReturnsItWithItsSequence()
    {
        var snapshot = Snapshot("1");
        await _store.CommitAsync(new RequestBatch(Client, [snapshot], [CreatedEvent(snapshot, T0)]), CancellationToken.None);
        var response = new RequestEvent(Client, "1", RequestEventKind.Responded, T0, T0, EventSource.Hub, Actor: "analyst", Note: "called back");

        var stored = await _store.AppendEventAsync(response, CancellationToken.None);

        var events = await _store.GetEventsAsync(Client, "1", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored.Sequence, Is.GreaterThan(events[0].Sequence));
            Assert.That(stored, Is.EqualTo(response with { Sequence = stored.Sequence }));
            Assert.That(events[^1], Is.EqualTo(stored));
        });
    }

    [Test]
    public async Task GetEventsAsync_EventsOverSeveralBatches_ReturnsThemInRecordedOrderWithAllFields()
    {
        var snapshot = Snapshot("1");
        var created = CreatedEvent(snapshot, T0);
        var assigned = new RequestEvent(Client, "1", RequestEventKind.Assigned, T0.AddMinutes(1), T0, EventSource.Webhook, AssigneeId: "u7");
        var moved = new RequestEvent(Client, "1", RequestEventKind.StageChanged, T0.AddMinutes(-30), T0, EventSource.Poll, "s2", StageCategory.Working);
        await _store.CommitAsync(new RequestBatch(Client, [snapshot], [created, assigned]), CancellationToken.None);
        await _store.CommitAsync(new RequestBatch(Client, [], [moved]), CancellationToken.None);

        var events = await _store.GetEventsAsync(Client, "1", CancellationToken.None);

        Assert.That(events.Select(e => e with { Sequence = 0 }), Is.EqualTo(new[] { created, assigned, moved }));
        Assert.That(events.Select(e => e.Sequence), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public async Task ListEventsAsync_SeveralRequestsAndClients_ReturnsTheClientsEventsByRequestThenRecordedOrder()
    {
        var (one, two) = (Snapshot("1"), Snapshot("2"));
        var other = Snapshot("1", client: "globex");
        await _store.CommitAsync(new RequestBatch(Client, [two, one], [CreatedEvent(two, T0), CreatedEvent(one, T0)]), CancellationToken.None);
        await _store.CommitAsync(new RequestBatch("globex", [other], [CreatedEvent(other, T0)]), CancellationToken.None);
        var responded = await _store.AppendEventAsync(
            new RequestEvent(Client, "2", RequestEventKind.Responded, T0.AddMinutes(-5), T0, EventSource.Hub, Actor: "olena"), CancellationToken.None);
        var assigned = await _store.AppendEventAsync(
            new RequestEvent(Client, "1", RequestEventKind.Assigned, T0, T0, EventSource.Webhook, AssigneeId: "u7"), CancellationToken.None);

        var events = await _store.ListEventsAsync(Client, CancellationToken.None);

        Assert.That(
            events.Select(e => (e.RequestId, e.Kind)),
            Is.EqualTo(new[] { ("1", RequestEventKind.Created), ("1", RequestEventKind.Assigned), ("2", RequestEventKind.Created), ("2", RequestEventKind.Responded) }));
        Assert.That(events[1], Is.EqualTo(assigned));
        Assert.That(events[3], Is.EqualTo(responded));
    }

    [Test]
    public async Task ListEventsAsync_ClientWithoutEvents_ReturnsEmpty()
    {
        Assert.That(await _store.ListEventsAsync(Client, CancellationToken.None), Is.Empty);
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Db.ScalarAsync<long>("SELECT COUNT(*) FROM requests"), Is.Zero);
            Assert.That(await Db.ScalarAsync<long>("SELECT COUNT(*) FROM request_events"), Is.Zero);
            Assert.That(await _syncState.GetAsync(Client, SyncStreams.Requests, CancellationToken.None), Is.Null);
        });
    }
}
