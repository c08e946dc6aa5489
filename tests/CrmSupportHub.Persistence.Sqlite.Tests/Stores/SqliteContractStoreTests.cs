using System.Text.Json;
using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Persistence.Sqlite.Rows;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteContractStoreTests : DatabaseTest
{
    private static readonly ContractVersion January = new(new DateOnly(2026, 1, 1), PackageCatalog.Default[PackageTier.Start]);

    private static readonly ContractVersion April = new(new DateOnly(2026, 4, 1), PackageCatalog.Default[PackageTier.Large] with
    {
        ReactionTime = TimeSpan.FromHours(2),
        ResolutionTime = TimeSpan.FromDays(2),
        MonthlyHours = 42.5m,
        WarningThresholds = [0.25m, 0.9m],
    });

    private SqliteContractStore _store = null!;

    [SetUp]
    public void CreateStore() => _store = new SqliteContractStore(Db.Database, Time);

    [Test]
    public async Task SaveAsync_Versions_ReadBackWithAllTerms()
    {
        await _store.SaveAsync(Profile(April, January), CancellationToken.None);

        var versions = await _store.GetAsync(Samples.Client, CancellationToken.None);

        Assert.That(Json(versions), Is.EqualTo(Json([January, April])));
        Assert.That(versions[1].Terms.Sessions, Is.EqualTo(April.Terms.Sessions));
    }

    [Test]
    public async Task SaveAsync_SameProfileAgain_ChangesNothing()
    {
        await _store.SaveAsync(Profile(January, April), CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(1));

        await _store.SaveAsync(Profile(January, April), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Db.ScalarAsync<long>("SELECT COUNT(*) FROM contracts"), Is.EqualTo(2));
            Assert.That(await Db.ScalarAsync<string>("SELECT MAX(saved_at) FROM contracts"), Is.EqualTo(DbText.FromInstant(T0)));
        });
    }

    [Test]
    public async Task SaveAsync_ChangedTerms_ReplacesThatVersionOnly()
    {
        await _store.SaveAsync(Profile(January, April), CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(1));
        var amended = April with { Terms = April.Terms with { MaxUsers = 150 } };

        await _store.SaveAsync(Profile(January, amended), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await _store.GetAsync(Samples.Client, CancellationToken.None)), Is.EqualTo(Json([January, amended])));
            Assert.That(
                await Db.ScalarAsync<string>("SELECT saved_at FROM contracts WHERE effective_from = '2026-01-01'"),
                Is.EqualTo(DbText.FromInstant(T0)));
        });
    }

    [Test]
    public async Task SaveAsync_VersionDroppedFromConfiguration_IsRemoved()
    {
        await _store.SaveAsync(Profile(January, April), CancellationToken.None);

        await _store.SaveAsync(Profile(January), CancellationToken.None);

        Assert.That(Json(await _store.GetAsync(Samples.Client, CancellationToken.None)), Is.EqualTo(Json([January])));
    }

    [Test]
    public async Task GetAsync_UnknownClient_ReturnsEmpty()
    {
        await _store.SaveAsync(Profile(January), CancellationToken.None);

        Assert.That(await _store.GetAsync("globex", CancellationToken.None), Is.Empty);
    }

    private static ClientProfile Profile(params ContractVersion[] versions) => new(
        Samples.Client,
        "Acme",
        "KeyCrm",
        new ContractHistory(versions),
        CalendarDefinition.TwentyFourSeven("Europe/Kyiv"),
        GoLive: null,
        new HashSet<string>(),
        ReactionRules.Default);

    // PackageTerms holds lists, so records compare by reference; compare their JSON instead.
    private static string Json(IEnumerable<ContractVersion> versions) => JsonSerializer.Serialize(versions, ContractJson.Options);
}
