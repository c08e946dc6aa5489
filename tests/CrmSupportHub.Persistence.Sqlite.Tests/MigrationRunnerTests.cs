using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Persistence.Sqlite.Migrations;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;

namespace CrmSupportHub.Persistence.Sqlite.Tests;

public sealed class MigrationRunnerTests
{
    private TempDatabase _db = null!;

    [SetUp]
    public async Task CreateEmptyDatabase() => _db = await TempDatabase.CreateAsync(migrate: false);

    [TearDown]
    public void DeleteDatabase() => _db.Dispose();

    [Test]
    public async Task ApplyAsync_EmptyDatabase_AppliesEveryMigrationAndSetsUserVersion()
    {
        var runner = new MigrationRunner(_db.Database);

        var applied = await runner.ApplyAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(applied, Is.EqualTo(runner.LatestVersion).And.GreaterThan(0));
            Assert.That(await _db.ScalarAsync<long>("PRAGMA user_version"), Is.EqualTo(runner.LatestVersion));
            Assert.That(await runner.GetVersionAsync(CancellationToken.None), Is.EqualTo(runner.LatestVersion));
        });
    }

    [Test]
    public async Task ApplyAsync_CreatesEveryTable()
    {
        await new MigrationRunner(_db.Database).ApplyAsync(CancellationToken.None);

        string[] tables =
        [
            "contracts", "crm_users", "seat_counts", "requests", "request_events", "sync_state", "webhook_inbox",
            "sla_outbox", "work_entries", "overage_approvals", "mini_projects", "changes_delivered", "sessions", "closed_months",
        ];
        foreach (var table in tables)
        {
            Assert.That(
                await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table }),
                Is.EqualTo(1),
                table);
        }
    }

    [Test]
    public async Task ApplyAsync_SecondRun_AppliesNothingAndKeepsData()
    {
        var runner = new MigrationRunner(_db.Database);
        await runner.ApplyAsync(CancellationToken.None);
        await _db.ExecuteAsync("INSERT INTO sync_state (client_id, stream, cursor) VALUES ('acme', 'users', 'c1')");

        var applied = await runner.ApplyAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(applied, Is.Zero);
            Assert.That(await _db.ScalarAsync<string>("SELECT cursor FROM sync_state"), Is.EqualTo("c1"));
            Assert.That(await _db.ScalarAsync<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task ApplyAsync_DatabaseAtOlderVersion_AppliesOnlyNewerMigrations()
    {
        Migration[] migrations =
        [
            new(1, "0001_one", "CREATE TABLE one (id INTEGER PRIMARY KEY);"),
            new(2, "0002_two", "CREATE TABLE two (id INTEGER PRIMARY KEY);"),
        ];
        await new MigrationRunner(_db.Database, migrations[..1]).ApplyAsync(CancellationToken.None);

        var applied = await new MigrationRunner(_db.Database, migrations).ApplyAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(applied, Is.EqualTo(1));
            Assert.That(await _db.ScalarAsync<long>("PRAGMA user_version"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ApplyAsync_DatabaseAtVersionOne_UpgradesToTheLatestKeepingItsData()
    {
        await new MigrationRunner(_db.Database, EmbeddedMigrations.Load().Take(1).ToList()).ApplyAsync(CancellationToken.None);
        var requests = new SqliteSupportRequestStore(_db.Database, TimeProvider.System);
        var snapshot = Samples.Snapshot("1");
        await requests.CommitAsync(new RequestBatch(Samples.Client, [snapshot], [Samples.CreatedEvent(snapshot, Samples.Created)]), CancellationToken.None);

        var runner = new MigrationRunner(_db.Database);
        var applied = await runner.ApplyAsync(CancellationToken.None);

        var ledger = new SqliteHoursLedgerStore(_db.Database);
        var entry = await ledger.AppendEntryAsync(LedgerSamples.Entry(new DateOnly(2026, 9, 3)), CancellationToken.None);
        var outbox = new SqliteSlaEventOutbox(_db.Database);
        var key = new SlaEventKey(Samples.Client, "1", SlaClockKind.Reaction, "breach");
        var enqueued = await outbox.EnqueueAsync(
            new SlaNotification(key, SlaMilestoneKind.Breach, 1m, Samples.Created, TimeSpan.FromHours(8), "breached"), Samples.Created, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(applied, Is.EqualTo(runner.LatestVersion - 1).And.GreaterThan(0));
            Assert.That(await _db.ScalarAsync<long>("PRAGMA user_version"), Is.EqualTo(runner.LatestVersion));
            Assert.That(await requests.ListEventsAsync(Samples.Client, CancellationToken.None), Has.Count.EqualTo(1));
            Assert.That(await ledger.GetEntryAsync(Samples.Client, entry.Id, CancellationToken.None), Is.EqualTo(entry));
            Assert.That(enqueued, Is.True);
            Assert.That(await _db.ScalarAsync<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task ApplyAsync_FailingMigration_RollsBackThatMigrationAndItsVersion()
    {
        Migration[] migrations =
        [
            new(1, "0001_good", "CREATE TABLE good (id INTEGER PRIMARY KEY);"),
            new(2, "0002_bad", "CREATE TABLE half (id INTEGER PRIMARY KEY); INSERT INTO missing VALUES (1);"),
        ];

        Assert.That(
            () => new MigrationRunner(_db.Database, migrations).ApplyAsync(CancellationToken.None),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>());
        Assert.Multiple(async () =>
        {
            Assert.That(await _db.ScalarAsync<long>("PRAGMA user_version"), Is.EqualTo(1));
            Assert.That(await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'"), Is.Zero);
        });
    }

    [Test]
    public async Task ApplyAsync_DatabaseFromNewerBuild_Throws()
    {
        await _db.ExecuteAsync("PRAGMA user_version = 99");

        Assert.That(
            () => new MigrationRunner(_db.Database).ApplyAsync(CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("99"));
    }

    [Test]
    public async Task ApplyAsync_MissingDirectory_CreatesIt()
    {
        var nested = Path.Combine(_db.Directory, "data", "hub.db");
        var database = new SqliteDatabase(new SqliteOptions { ConnectionString = $"Data Source={nested}" });

        await new MigrationRunner(database).ApplyAsync(CancellationToken.None);

        Assert.That(File.Exists(nested), Is.True);
    }

    [Test]
    public void EmbeddedMigrations_Load_NumbersRunFromOneWithoutGaps()
    {
        var migrations = EmbeddedMigrations.Load();

        Assert.That(migrations.Select(m => m.Version), Is.EqualTo(Enumerable.Range(1, migrations.Count)));
        Assert.That(migrations[0].Name, Is.EqualTo("0001_initial"));
    }
}
