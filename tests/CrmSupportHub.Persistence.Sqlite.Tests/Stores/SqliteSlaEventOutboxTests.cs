using CrmSupportHub.Core.Sla;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteSlaEventOutboxTests : DatabaseTest
{
    private const string Client = Samples.Client;

    private SqliteSlaEventOutbox _outbox = null!;

    [SetUp]
    public void CreateOutbox() => _outbox = new SqliteSlaEventOutbox(Db.Database);

    [Test]
    public async Task EnqueueAsync_NewKey_StoresEveryFieldPending()
    {
        // Ids that need escaping in the key, a due instant with an offset, a threshold with trailing zero, odd ticks.
        var notification = Notification("R/1 ü", "warning-0.8") with
        {
            Threshold = 0.80m,
            DueAt = new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.FromHours(2)),
            Target = TimeSpan.FromTicks(288_000_000_123),
        };

        var added = await _outbox.EnqueueAsync(notification, T0, CancellationToken.None);

        var stored = (await _outbox.TakeUndeliveredAsync(10, T0, CancellationToken.None)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(added, Is.True);
            Assert.That(stored, Is.EqualTo(new SlaOutboxItem(stored.Id, notification, T0)));
            Assert.That(stored.Id, Is.GreaterThan(0));
            Assert.That(stored.Notification.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("0.80"));
            Assert.That(stored.Notification.Key.RequestId, Is.EqualTo("R/1 ü"));
        });
    }

    [Test]
    public async Task EnqueueAsync_SameKeyTwice_StoresItOnceAndKeepsTheFirst()
    {
        await _outbox.EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None);

        var again = await _outbox.EnqueueAsync(Notification("R-1", "breach") with { Text = "recomputed" }, T0.AddMinutes(1), CancellationToken.None);

        var stored = await _outbox.TakeUndeliveredAsync(10, T0, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.False);
            Assert.That(stored, Has.Count.EqualTo(1));
            Assert.That((stored[0].Notification.Text, stored[0].EnqueuedAt), Is.EqualTo(("Acme, request R-1: breach", T0)));
        });
    }

    [Test]
    public async Task EnqueueAsync_SameKeyFromConcurrentCallers_ExactlyOneStoresIt()
    {
        // Separate store instances, as two schedulers (or two processes) would have.
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            new SqliteSlaEventOutbox(Db.Database).EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None)));

        var results = await Task.WhenAll(callers);

        Assert.Multiple(async () =>
        {
            Assert.That(results.Count(r => r), Is.EqualTo(1));
            Assert.That(await Db.ScalarAsync<long>("SELECT COUNT(*) FROM sla_outbox"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ListKeysAsync_ReturnsTheRequestsKeysDeliveredOrNot()
    {
        await _outbox.EnqueueAsync(Notification("R-1", "warning-0.5"), T0, CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("R-1", "breach", SlaClockKind.Resolution), T0, CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("R-2", "breach"), T0, CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("R-1", "breach", client: "globex"), T0, CancellationToken.None);
        await _outbox.MarkDeliveredAsync(await IdOfAsync("R-1", "warning-0.5"), T0, CancellationToken.None);

        var keys = await _outbox.ListKeysAsync(Client, "R-1", CancellationToken.None);

        Assert.That(keys, Is.EquivalentTo(new[]
        {
            new SlaEventKey(Client, "R-1", SlaClockKind.Reaction, "warning-0.5"),
            new SlaEventKey(Client, "R-1", SlaClockKind.Resolution, "breach"),
        }));
    }

    [Test]
    public async Task TakeUndeliveredAsync_MixedItems_ReturnsPendingAndDueFailuresInEnqueueOrder()
    {
        string[] requests = ["due", "pending", "later", "dead", "delivered", "pending-2"];
        foreach (var request in requests)
        {
            await _outbox.EnqueueAsync(Notification(request, "breach"), T0, CancellationToken.None);
        }

        await _outbox.MarkFailedAsync(await IdOfAsync("due", "breach"), "503", T0, retryAt: T0.AddMinutes(5), CancellationToken.None);
        await _outbox.MarkFailedAsync(await IdOfAsync("later", "breach"), "503", T0, retryAt: T0.AddMinutes(6), CancellationToken.None);
        await _outbox.MarkFailedAsync(await IdOfAsync("dead", "breach"), "404", T0, retryAt: null, CancellationToken.None);
        await _outbox.MarkDeliveredAsync(await IdOfAsync("delivered", "breach"), T0, CancellationToken.None);

        var taken = await _outbox.TakeUndeliveredAsync(10, T0.AddMinutes(5), CancellationToken.None);

        Assert.That(taken.Select(i => i.Notification.Key.RequestId), Is.EqualTo(new[] { "due", "pending", "pending-2" }));
        Assert.That(taken.Select(i => i.Id), Is.Ordered.Ascending);
    }

    [Test]
    public async Task TakeUndeliveredAsync_MoreThanMax_ReturnsTheOldestMax()
    {
        foreach (var request in new[] { "a", "b", "c" })
        {
            await _outbox.EnqueueAsync(Notification(request, "breach"), T0, CancellationToken.None);
        }

        var taken = await _outbox.TakeUndeliveredAsync(2, T0, CancellationToken.None);

        Assert.That(taken.Select(i => i.Notification.Key.RequestId), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task MarkDeliveredAsync_RecordsTheDeliveryAndTakesItOutOfTheQueue()
    {
        await _outbox.EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None);
        var id = await IdOfAsync("R-1", "breach");
        await _outbox.MarkFailedAsync(id, "timeout", T0, T0, CancellationToken.None);

        await _outbox.MarkDeliveredAsync(id, T0.AddMinutes(2), CancellationToken.None);

        var item = (await _outbox.ListRecentAsync(Client, since: null, 10, CancellationToken.None)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await _outbox.TakeUndeliveredAsync(10, T0.AddDays(1), CancellationToken.None), Is.Empty);
            Assert.That((item.Status, item.Attempts, item.NextAttemptAt), Is.EqualTo((SlaOutboxStatus.Delivered, 2, (DateTimeOffset?)null)));
            Assert.That(await Db.ScalarAsync<string>("SELECT delivered_at FROM sla_outbox"), Is.EqualTo(DbText.FromInstant(T0.AddMinutes(2))));
        });
    }

    [Test]
    public async Task MarkFailedAsync_Repeatedly_CountsAttemptsAndKeepsTheLastErrorAndRetryTime()
    {
        await _outbox.EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None);
        var id = await IdOfAsync("R-1", "breach");

        await _outbox.MarkFailedAsync(id, "first", T0, T0.AddMinutes(1), CancellationToken.None);
        await _outbox.MarkFailedAsync(id, "second", T0.AddMinutes(1), T0.AddMinutes(3), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _outbox.TakeUndeliveredAsync(10, T0.AddMinutes(2), CancellationToken.None), Is.Empty);
            var item = (await _outbox.TakeUndeliveredAsync(10, T0.AddMinutes(3), CancellationToken.None)).Single();
            Assert.That(
                (item.Status, item.Attempts, item.LastError, item.NextAttemptAt),
                Is.EqualTo((SlaOutboxStatus.Failed, 2, "second", (DateTimeOffset?)T0.AddMinutes(3))));
        });
    }

    [Test]
    public void MarkDeliveredAsync_UnknownId_Throws()
    {
        Assert.That(() => _outbox.MarkDeliveredAsync(42, T0, CancellationToken.None), Throws.InstanceOf<KeyNotFoundException>());
    }

    [Test]
    public async Task Items_AfterReopeningTheFile_AreStillThereAndStillUnique()
    {
        await _outbox.EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("R-2", "breach"), T0, CancellationToken.None);
        await _outbox.MarkFailedAsync(await IdOfAsync("R-1", "breach"), "503", T0, T0.AddMinutes(1), CancellationToken.None);
        var before = await _outbox.TakeUndeliveredAsync(10, T0.AddMinutes(1), CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteSlaEventOutbox(new SqliteDatabase(new SqliteOptions { ConnectionString = $"Data Source={Db.FilePath}" }));

        Assert.Multiple(async () =>
        {
            Assert.That(await reopened.TakeUndeliveredAsync(10, T0.AddMinutes(1), CancellationToken.None), Is.EqualTo(before));
            Assert.That(await reopened.EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None), Is.False);
        });
    }

    [Test]
    public async Task ListRecentAsync_NoFilter_ReturnsNewestFirstUpToTheLimit()
    {
        await _outbox.EnqueueAsync(Notification("R-1", "breach"), T0, CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("R-2", "breach", client: "globex"), T0.AddMinutes(2), CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("R-3", "breach"), T0.AddMinutes(1), CancellationToken.None);

        var recent = await _outbox.ListRecentAsync(clientId: null, since: null, limit: 2, CancellationToken.None);

        Assert.That(recent.Select(i => i.Notification.Key.RequestId), Is.EqualTo(new[] { "R-2", "R-3" }));
    }

    [Test]
    public async Task ListRecentAsync_ClientAndSince_ReturnsThatClientsItemsFromThatInstantOn()
    {
        await _outbox.EnqueueAsync(Notification("old", "breach"), T0, CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("other", "breach", client: "globex"), T0.AddMinutes(1), CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("at", "breach"), T0.AddMinutes(1), CancellationToken.None);
        await _outbox.EnqueueAsync(Notification("after", "breach"), T0.AddMinutes(2), CancellationToken.None);

        var byClient = await _outbox.ListRecentAsync(Client, since: null, 10, CancellationToken.None);
        var since = await _outbox.ListRecentAsync(clientId: null, T0.AddMinutes(1), 10, CancellationToken.None);
        var both = await _outbox.ListRecentAsync(Client, T0.AddMinutes(1), 10, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(byClient.Select(i => i.Notification.Key.RequestId), Is.EqualTo(new[] { "after", "at", "old" }));
            Assert.That(since.Select(i => i.Notification.Key.RequestId), Is.EqualTo(new[] { "after", "at", "other" }));
            Assert.That(both.Select(i => i.Notification.Key.RequestId), Is.EqualTo(new[] { "after", "at" }));
        });
    }

    private async Task<long> IdOfAsync(string requestId, string milestone) => await Db.ScalarAsync<long>(
        "SELECT id FROM sla_outbox WHERE client_id = @Client AND request_id = @requestId AND milestone = @milestone",
        new { Client, requestId, milestone });

    private static SlaNotification Notification(
        string requestId, string milestone, SlaClockKind clock = SlaClockKind.Reaction, string client = Client) => new(
        new SlaEventKey(client, requestId, clock, milestone),
        milestone == "breach" ? SlaMilestoneKind.Breach : SlaMilestoneKind.Warning,
        milestone == "breach" ? 1m : 0.5m,
        T0.AddHours(4),
        TimeSpan.FromHours(8),
        $"Acme, request {requestId}: {milestone}");
}
