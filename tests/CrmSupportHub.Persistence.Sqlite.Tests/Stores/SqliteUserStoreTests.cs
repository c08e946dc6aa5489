using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteUserStoreTests : DatabaseTest
{
    private const string Client = Samples.Client;

    private SqliteUserStore _store = null!;

    [SetUp]
    public void CreateStore() => _store = new SqliteUserStore(Db.Database);

    [Test]
    public async Task SaveUsersAsync_NewList_StoresUsersAndSeatCount()
    {
        CrmUser[] users = [User("1", analyst: true) with { Email = null }, User("2")];
        var count = Count(T0, 1);

        await _store.SaveUsersAsync(Client, users, count, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.ListUsersAsync(Client, CancellationToken.None), Is.EqualTo(users));
            Assert.That(await _store.GetLatestSeatCountAsync(Client, CancellationToken.None), Is.EqualTo(count));
        });
    }

    [Test]
    public async Task SaveUsersAsync_UserNoLongerListed_BecomesInactiveAndKeepsLastSeen()
    {
        await _store.SaveUsersAsync(Client, [User("1"), User("2")], null, CancellationToken.None);
        var renamed = User("2", seenAt: T0.AddHours(1)) with { Name = "Renamed" };

        await _store.SaveUsersAsync(Client, [renamed], null, CancellationToken.None);

        Assert.That(
            await _store.ListUsersAsync(Client, CancellationToken.None),
            Is.EqualTo(new[] { User("1") with { IsActive = false }, renamed }));
    }

    [Test]
    public async Task SaveUsersAsync_OtherClient_IsLeftAlone()
    {
        var other = User("1") with { ClientId = "globex" };
        await _store.SaveUsersAsync("globex", [other], null, CancellationToken.None);

        await _store.SaveUsersAsync(Client, [], null, CancellationToken.None);

        Assert.That(await _store.ListUsersAsync("globex", CancellationToken.None), Is.EqualTo(new[] { other }));
    }

    [Test]
    public void SaveUsersAsync_UserOfAnotherClient_Throws()
    {
        Assert.That(
            () => _store.SaveUsersAsync(Client, [User("1") with { ClientId = "globex" }], null, CancellationToken.None),
            Throws.ArgumentException);
    }

    [Test]
    public async Task SaveUsersAsync_SeatCountFails_KeepsThePreviousUserList()
    {
        await _store.SaveUsersAsync(Client, [User("1")], null, CancellationToken.None);
        await Db.ExecuteAsync("CREATE TRIGGER fail_count BEFORE INSERT ON seat_counts BEGIN SELECT RAISE(ABORT, 'no'); END");

        Assert.That(
            () => _store.SaveUsersAsync(Client, [User("2")], Count(T0, 1), CancellationToken.None),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>());

        Assert.That(await _store.ListUsersAsync(Client, CancellationToken.None), Is.EqualTo(new[] { User("1") }));
    }

    [Test]
    public async Task GetLatestSeatCountAsync_SeveralCounts_ReturnsTheLatestByTime()
    {
        await _store.AppendSeatCountAsync(Count(T0.AddDays(2), 7), CancellationToken.None);
        await _store.AppendSeatCountAsync(Count(T0, 5), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.GetLatestSeatCountAsync(Client, CancellationToken.None), Is.EqualTo(Count(T0.AddDays(2), 7)));
            Assert.That(await _store.GetLatestSeatCountAsync("globex", CancellationToken.None), Is.Null);
        });
    }

    [Test]
    public async Task ListSeatCountsAsync_Range_ReturnsCountsInRangePlusTheLastBefore()
    {
        var from = T0;
        var until = T0.AddDays(30);
        SeatCount[] counts =
        [
            Count(from.AddDays(-10), 3),
            Count(from.AddDays(-1), 4),       // in force at 'from'
            Count(from, 5),                   // 'from' is inclusive
            Count(from.AddDays(10), 6) with { Limit = null, Package = PackageTier.Individual, Basis = SeatCountBasis.Estimated },
            Count(until, 7),                  // 'until' is exclusive
        ];
        foreach (var count in counts.Reverse())
        {
            await _store.AppendSeatCountAsync(count, CancellationToken.None);
        }

        await _store.AppendSeatCountAsync(Count(from.AddDays(1), 99) with { ClientId = "globex" }, CancellationToken.None);

        var listed = await _store.ListSeatCountsAsync(Client, from, until, CancellationToken.None);

        Assert.That(listed, Is.EqualTo(counts[1..4]));
    }

    [Test]
    public async Task ListSeatCountsAsync_NothingBeforeOrInRange_ReturnsEmpty()
    {
        await _store.AppendSeatCountAsync(Count(T0.AddDays(40), 3), CancellationToken.None);

        Assert.That(await _store.ListSeatCountsAsync(Client, T0, T0.AddDays(30), CancellationToken.None), Is.Empty);
    }

    private static CrmUser User(string id, bool analyst = false, DateTimeOffset? seenAt = null) =>
        new(Client, id, $"User {id}", $"u{id}@example.com", IsActive: true, analyst, seenAt ?? T0);

    private static SeatCount Count(DateTimeOffset at, int active) =>
        new(Client, at, active, 10, PackageTier.Start, SeatCountBasis.Counted);
}
