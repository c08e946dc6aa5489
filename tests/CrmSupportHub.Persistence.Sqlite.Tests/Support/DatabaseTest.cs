using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Support;

/// <summary>Gives each test a freshly migrated database file and a fake clock.</summary>
public abstract class DatabaseTest
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    internal TempDatabase Db { get; private set; } = null!;

    protected FakeTimeProvider Time { get; private set; } = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        Db = await TempDatabase.CreateAsync();
        Time = new FakeTimeProvider(T0);
    }

    [TearDown]
    public void DeleteDatabase() => Db.Dispose();
}
