using CrmSupportHub.Core.Webhooks;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteWebhookInboxTests : DatabaseTest
{
    private const string Client = Samples.Client;

    private SqliteWebhookInbox _inbox = null!;

    [SetUp]
    public void CreateInbox() => _inbox = new SqliteWebhookInbox(Db.Database);

    [TearDown]
    public async Task CloseInbox() => await _inbox.DisposeAsync();

    [Test]
    public async Task AddAsync_NewDelivery_StoresItPending()
    {
        var added = await _inbox.AddAsync(Item("d1", "{\"a\":1}"), CancellationToken.None);

        var pending = await _inbox.TakePendingAsync(10, T0, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(added, Is.True);
            Assert.That(pending, Has.Count.EqualTo(1));
            Assert.That(pending[0], Is.EqualTo(Item("d1", "{\"a\":1}") with { Id = pending[0].Id, Body = pending[0].Body }));
            Assert.That(pending[0].Body, Is.EqualTo("{\"a\":1}"u8.ToArray()));
            Assert.That(pending[0].Id, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task AddAsync_SameDeliveryAgain_ReturnsFalseAndKeepsTheStoredRow()
    {
        await _inbox.AddAsync(Item("d1", "first"), CancellationToken.None);

        var again = await _inbox.AddAsync(Item("d1", "second") with { ContentType = "text/plain" }, CancellationToken.None);

        var pending = await _inbox.TakePendingAsync(10, T0, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(again, Is.False);
            Assert.That(await _inbox.CountAsync(Client, CancellationToken.None), Is.EqualTo(1));
            Assert.That(pending.Single().Body, Is.EqualTo("first"u8.ToArray()));
            Assert.That(pending.Single().ContentType, Is.EqualTo("application/json"));
        });
    }

    [Test]
    public async Task AddAsync_EmptyBodyWithoutContentType_IsStoredAsEmpty()
    {
        await _inbox.AddAsync(Item("d1", string.Empty) with { ContentType = null }, CancellationToken.None);

        var stored = (await _inbox.TakePendingAsync(1, T0, CancellationToken.None)).Single();
        Assert.That((stored.Body, stored.ContentType), Is.EqualTo((Array.Empty<byte>(), (string?)null)));
    }

    [Test]
    public async Task AddAsync_SameKeyForAnotherClient_IsStored()
    {
        await _inbox.AddAsync(Item("d1", "x"), CancellationToken.None);

        Assert.That(await _inbox.AddAsync(Item("d1", "x") with { ClientId = "globex" }, CancellationToken.None), Is.True);
    }

    [Test]
    public async Task AddAsync_AfterProcessing_ReturnsFalseAndItStaysProcessed()
    {
        await _inbox.AddAsync(Item("d1", "x"), CancellationToken.None);
        var id = (await _inbox.TakePendingAsync(1, T0, CancellationToken.None))[0].Id;
        await _inbox.MarkProcessedAsync([id], T0, CancellationToken.None);

        var again = await _inbox.AddAsync(Item("d1", "x"), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(again, Is.False);
            Assert.That(await _inbox.TakePendingAsync(10, T0, CancellationToken.None), Is.Empty);
            Assert.That(await Db.ScalarAsync<string>("SELECT status FROM webhook_inbox"), Is.EqualTo("Processed"));
        });
    }

    [Test]
    public async Task TakePendingAsync_MixedItems_ReturnsPendingAndDueFailuresInArrivalOrder()
    {
        var ids = new Dictionary<string, long>();
        foreach (var key in new[] { "due", "pending", "later", "dead", "done", "pending-2" })
        {
            await _inbox.AddAsync(Item(key, key), CancellationToken.None);
        }

        foreach (var item in await _inbox.TakePendingAsync(10, T0, CancellationToken.None))
        {
            ids[item.DeliveryKey] = item.Id;
        }

        await _inbox.MarkFailedAsync(ids["due"], "boom", T0, retryAt: T0.AddMinutes(5), CancellationToken.None);
        await _inbox.MarkFailedAsync(ids["later"], "boom", T0, retryAt: T0.AddMinutes(6), CancellationToken.None);
        await _inbox.MarkFailedAsync(ids["dead"], "bad payload", T0, retryAt: null, CancellationToken.None);
        await _inbox.MarkProcessedAsync([ids["done"]], T0, CancellationToken.None);

        var taken = await _inbox.TakePendingAsync(10, T0.AddMinutes(5), CancellationToken.None);

        Assert.That(taken.Select(i => i.DeliveryKey), Is.EqualTo(new[] { "due", "pending", "pending-2" }));
        Assert.That(taken[0], Has.Property(nameof(InboxItem.Status)).EqualTo(InboxStatus.Failed)
            .And.Property(nameof(InboxItem.Attempts)).EqualTo(1)
            .And.Property(nameof(InboxItem.LastError)).EqualTo("boom"));
    }

    [Test]
    public async Task TakePendingAsync_MoreThanMax_ReturnsTheOldestMax()
    {
        foreach (var key in new[] { "a", "b", "c" })
        {
            await _inbox.AddAsync(Item(key, key), CancellationToken.None);
        }

        var taken = await _inbox.TakePendingAsync(2, T0, CancellationToken.None);

        Assert.That(taken.Select(i => i.DeliveryKey), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task MarkFailedAsync_Repeatedly_CountsAttemptsAndKeepsTheLastError()
    {
        await _inbox.AddAsync(Item("d1", "x"), CancellationToken.None);
        var id = (await _inbox.TakePendingAsync(1, T0, CancellationToken.None))[0].Id;

        await _inbox.MarkFailedAsync(id, "first", T0, T0, CancellationToken.None);
        await _inbox.MarkFailedAsync(id, "second", T0, T0, CancellationToken.None);

        var item = (await _inbox.TakePendingAsync(1, T0, CancellationToken.None)).Single();
        Assert.That((item.Attempts, item.LastError, item.Status), Is.EqualTo((2, "second", InboxStatus.Failed)));
    }

    [Test]
    public async Task MarkProcessedAsync_SeveralItems_MarksExactlyThose()
    {
        foreach (var key in new[] { "a", "b", "c" })
        {
            await _inbox.AddAsync(Item(key, key), CancellationToken.None);
        }

        var taken = await _inbox.TakePendingAsync(10, T0, CancellationToken.None);
        await _inbox.MarkProcessedAsync([taken[0].Id, taken[2].Id], T0, CancellationToken.None);

        Assert.That((await _inbox.TakePendingAsync(10, T0, CancellationToken.None)).Select(i => i.DeliveryKey), Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public async Task MarkProcessedAsync_OneUnknownAmongThem_ThrowsAndMarksNothing()
    {
        await _inbox.AddAsync(Item("a", "a"), CancellationToken.None);
        var id = (await _inbox.TakePendingAsync(1, T0, CancellationToken.None))[0].Id;

        Assert.That(() => _inbox.MarkProcessedAsync([id, 42], T0, CancellationToken.None), Throws.InstanceOf<KeyNotFoundException>());
        Assert.That(await _inbox.TakePendingAsync(10, T0, CancellationToken.None), Has.Count.EqualTo(1));
    }

    [Test]
    public void MarkProcessedAsync_UnknownId_Throws()
    {
        Assert.That(() => _inbox.MarkProcessedAsync([42], T0, CancellationToken.None), Throws.InstanceOf<KeyNotFoundException>());
    }

    [Test]
    public async Task AddAsync_AfterDispose_ThrowsObjectDisposed()
    {
        await _inbox.DisposeAsync();

        Assert.That(() => _inbox.AddAsync(Item("d1", "x"), CancellationToken.None), Throws.InstanceOf<ObjectDisposedException>());
    }

    internal static InboxItem Item(string key, string body) =>
        new(0, Client, key, T0, "application/json", System.Text.Encoding.UTF8.GetBytes(body));
}
