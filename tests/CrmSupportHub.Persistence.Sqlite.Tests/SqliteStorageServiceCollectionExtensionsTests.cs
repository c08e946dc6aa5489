using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Persistence.Sqlite.Tests;

public sealed class SqliteStorageServiceCollectionExtensionsTests
{
    private TempDatabase _db = null!;

    [SetUp]
    public async Task CreateEmptyDatabase() => _db = await TempDatabase.CreateAsync(migrate: false);

    [TearDown]
    public void DeleteDatabase() => _db.Dispose();

    [Test]
    public async Task AddSqliteStorage_AfterMigration_ResolvesWorkingStores()
    {
        await using var services = new ServiceCollection()
            .AddSqliteStorage($"Data Source={_db.FilePath}")
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        await services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        await services.GetRequiredService<ISyncStateStore>().RecordSuccessAsync("acme", SyncStreams.Users, DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await services.GetRequiredService<ISyncStateStore>().ListAsync(CancellationToken.None), Has.Count.EqualTo(1));
            Assert.That(services.GetService<IContractStore>(), Is.Not.Null);
            Assert.That(services.GetService<IUserStore>(), Is.Not.Null);
            Assert.That(services.GetService<ISupportRequestStore>(), Is.Not.Null);
            Assert.That(services.GetService<IWebhookInbox>(), Is.Not.Null);
            Assert.That(services.GetService<ISlaEventOutbox>(), Is.Not.Null);
            Assert.That(services.GetService<IHoursLedgerStore>(), Is.Not.Null);
        });
    }

    [Test]
    public void AddSqliteStorage_RegistersStoresAndRunnerAsSingletons()
    {
        var services = new ServiceCollection().AddSqliteStorage("Data Source=x.db");

        Type[] expected =
        [
            typeof(IContractStore), typeof(IUserStore), typeof(ISupportRequestStore), typeof(ISyncStateStore),
            typeof(IWebhookInbox), typeof(ISlaEventOutbox), typeof(IHoursLedgerStore), typeof(MigrationRunner), typeof(SqliteDatabase),
        ];
        Assert.That(
            services.Where(d => expected.Contains(d.ServiceType)).Select(d => (d.ServiceType, d.Lifetime)),
            Is.EquivalentTo(expected.Select(t => (t, ServiceLifetime.Singleton))));
    }

    [Test]
    public void AddSqliteStorage_TimeProviderRegisteredBefore_KeepsIt()
    {
        var fake = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake).AddSqliteStorage("Data Source=x.db");

        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(fake));
    }

    [Test]
    public void AddSqliteStorage_EmptyConnectionString_Throws()
    {
        Assert.That(() => new ServiceCollection().AddSqliteStorage(" "), Throws.ArgumentException);
    }
}
