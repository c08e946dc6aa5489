using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Tests.Users;

public sealed class SeatCounterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly SeatCounter _counter = new(PackageCatalog.Default);

    [Test]
    public void Count_ExcludesInactiveUsersAndAnalysts()
    {
        var client = TestClients.With(TestClients.Version("2026-01-01", PackageTier.Start));
        List<CrmUser> users =
        [
            User("1", active: true), User("2", active: true), User("3", active: false),
            User("9001", active: true, analyst: true),
        ];

        var result = _counter.Count(client, users, previous: null, Now);

        Assert.Multiple(() =>
        {
            Assert.That(result.Count.ActiveUsers, Is.EqualTo(2));
            Assert.That(result.Count.Limit, Is.EqualTo(10));
            Assert.That(result.Changed, Is.True);
            Assert.That(result.LimitReached, Is.Null);
        });
    }

    [Test]
    public void Count_ReachingLimit_RaisesAlertNamingSmallestFittingPackage()
    {
        var client = TestClients.With(TestClients.Version("2026-01-01", PackageTier.Start));
        var previous = new SeatCount("acme", Now.AddDays(-1), 9, 10, PackageTier.Start, SeatCountBasis.Counted);

        var atLimit = _counter.Count(client, Users(10), previous, Now);
        var over = _counter.Count(client, Users(12), previous, Now);

        Assert.Multiple(() =>
        {
            Assert.That(atLimit.LimitReached, Is.Not.Null);
            Assert.That(atLimit.LimitReached!.SmallestFitting, Is.EqualTo(PackageTier.Start));
            Assert.That(atLimit.LimitReached.Describe(), Does.Contain("the next user needs Medium"));
            Assert.That(over.LimitReached!.SmallestFitting, Is.EqualTo(PackageTier.Medium));
            Assert.That(over.LimitReached.Describe(), Does.Contain("12 active users, over the 10 of package Start; Medium fits"));
        });
    }

    [Test]
    public void Count_StillOverLimit_DoesNotAlertAgainAndRecordsNoChange()
    {
        var client = TestClients.With(TestClients.Version("2026-01-01", PackageTier.Start));
        var previous = new SeatCount("acme", Now.AddDays(-1), 12, 10, PackageTier.Start, SeatCountBasis.Counted);

        var result = _counter.Count(client, Users(12), previous, Now);

        Assert.Multiple(() =>
        {
            Assert.That(result.LimitReached, Is.Null);
            Assert.That(result.Changed, Is.False);
        });
    }

    [Test]
    public void Count_UsesLimitOfContractInForceToday()
    {
        var client = TestClients.With(
            TestClients.Version("2026-01-01", PackageTier.Start),
            TestClients.Version("2026-11-01", PackageTier.Medium));

        var result = _counter.Count(client, Users(12), previous: null, Now);

        Assert.Multiple(() =>
        {
            Assert.That(result.Count.Limit, Is.EqualTo(30));
            Assert.That(result.Count.Package, Is.EqualTo(PackageTier.Medium));
            Assert.That(result.LimitReached, Is.Null);
        });
    }

    [Test]
    public void Record_EstimatedBasis_IsKeptOnTheCount()
    {
        var client = TestClients.With(TestClients.Version("2026-01-01", PackageTier.Medium));

        var result = _counter.Record(client, 7, previous: null, Now, SeatCountBasis.Estimated);

        Assert.That(result.Count.Basis, Is.EqualTo(SeatCountBasis.Estimated));
    }

    private static List<CrmUser> Users(int count) => [.. Enumerable.Range(1, count).Select(i => User(i.ToString(System.Globalization.CultureInfo.InvariantCulture), active: true))];

    private static CrmUser User(string id, bool active, bool analyst = false) => new("acme", id, "User " + id, null, active, analyst, Now);
}
