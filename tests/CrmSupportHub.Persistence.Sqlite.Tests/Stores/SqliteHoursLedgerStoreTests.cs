using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using static CrmSupportHub.Persistence.Sqlite.Tests.Support.LedgerSamples;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

public sealed class SqliteHoursLedgerStoreTests : DatabaseTest
{
    private static readonly CancellationToken None = CancellationToken.None;

    private SqliteHoursLedgerStore _store = null!;

    [SetUp]
    public void CreateStore() => _store = new SqliteHoursLedgerStore(Db.Database);

    [Test]
    public async Task AppendEntryAsync_EveryField_ReadsBackAsWrittenWithItsId()
    {
        // Dated in August but counting in September (an adjustment), with an offset instant.
        var full = Entry(new DateOnly(2026, 8, 31)) with { Month = September };
        var bare = Entry(new DateOnly(2026, 9, 1), requestId: null) with { Note = null, Kind = WorkKind.NotCovered };

        var storedFull = await _store.AppendEntryAsync(full, None);
        var storedBare = await _store.AppendEntryAsync(bare, None);
        var correction = await _store.AppendEntryAsync(full with { Minutes = -20, Corrects = storedFull.Id }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(storedFull, Is.EqualTo(full with { Id = storedFull.Id }));
            Assert.That(storedBare.Id, Is.GreaterThan(storedFull.Id));
            Assert.That(await _store.GetEntryAsync(Client, storedFull.Id, None), Is.EqualTo(storedFull));
            Assert.That(await _store.GetEntryAsync(Client, storedBare.Id, None), Is.EqualTo(storedBare));
            Assert.That(await _store.GetEntryAsync(Client, correction.Id, None), Is.EqualTo(correction));
            Assert.That((await _store.GetEntryAsync(Client, storedFull.Id, None))!.RecordedAt.UtcTicks, Is.EqualTo(Recorded.UtcTicks));
        });
    }

    [Test]
    public async Task GetEntryAsync_UnknownIdOrAnotherClientsEntry_ReturnsNull()
    {
        var stored = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 2)), None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.GetEntryAsync("globex", stored.Id, None), Is.Null);
            Assert.That(await _store.GetEntryAsync(Client, stored.Id + 1, None), Is.Null);
        });
    }

    [Test]
    public void AppendEntryAsync_CorrectionOfAMissingEntry_IsRefused()
    {
        var orphan = Entry(new DateOnly(2026, 9, 2)) with { Minutes = -5, Corrects = 99 };

        Assert.That(() => _store.AppendEntryAsync(orphan, None), Throws.InstanceOf<SqliteException>());
    }

    [Test]
    public async Task ListEntriesAsync_ReturnsTheLedgerMonthsEntriesOfTheClientInRecordedOrder()
    {
        var late = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 20)), None);
        await _store.AppendEntryAsync(Entry(new DateOnly(2026, 10, 1)), None);
        var early = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 3)), None);
        var adjustment = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 8, 30)) with { Month = September }, None);
        await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 3), client: "globex"), None);

        var entries = await _store.ListEntriesAsync(Client, September, None);

        Assert.That(entries, Is.EqualTo(new[] { late, early, adjustment }));
    }

    [Test]
    public async Task ListCorrectionsAsync_ReturnsOnlyTheCorrectionsOfThatEntry()
    {
        var original = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 3)), None);
        var other = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 4)), None);
        var first = await _store.AppendEntryAsync(original with { Id = 0, Minutes = -10, Corrects = original.Id }, None);
        await _store.AppendEntryAsync(other with { Id = 0, Minutes = 5, Corrects = other.Id }, None);
        var second = await _store.AppendEntryAsync(original with { Id = 0, Minutes = 15, Corrects = original.Id }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.ListCorrectionsAsync(Client, original.Id, None), Is.EqualTo(new[] { first, second }));
            Assert.That(await _store.ListCorrectionsAsync("globex", original.Id, None), Is.Empty);
        });
    }

    [Test]
    public async Task ListEntriesForRequestAsync_ReturnsTheRequestsEntriesInEveryMonth()
    {
        var september = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 3), requestId: "R-7"), None);
        await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 3), requestId: "R-8"), None);
        await _store.AppendEntryAsync(Entry(new DateOnly(2026, 9, 3), requestId: null), None);
        var october = await _store.AppendEntryAsync(Entry(new DateOnly(2026, 10, 5), requestId: "R-7"), None);

        Assert.That(await _store.ListEntriesForRequestAsync(Client, "R-7", None), Is.EqualTo(new[] { september, october }));
    }

    [Test]
    public async Task SaveApprovalAsync_EveryField_ReadsBackExactlyInItsMonth()
    {
        var approval = await _store.SaveApprovalAsync(Approval(September, hours: 2.50m), None);
        var plain = await _store.SaveApprovalAsync(Approval(September, hours: 0.25m) with { CoversLoggedHours = false }, None);
        await _store.SaveApprovalAsync(Approval(September.Following()), None);
        await _store.SaveApprovalAsync(Approval(September, client: "globex"), None);

        var listed = await _store.ListApprovalsAsync(Client, September, None);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EqualTo(new[] { approval, plain }));
            Assert.That(approval.Id, Is.GreaterThan(0));
            Assert.That(listed[0].Hours.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("2.50"));
        });
    }

    [Test]
    public async Task GetVersionsAsync_GrowsWithEveryKindOfAppend_PerClient()
    {
        Assert.That(await _store.GetVersionsAsync(None), Is.Empty);
        var seen = new List<long>();
        async Task Record() => seen.Add((await _store.GetVersionsAsync(None))[Client]);

        await _store.SaveApprovalAsync(Approval(September), None);
        await Record();
        await _store.SaveMiniProjectAsync(new MiniProject(Client, "R-9", 12.5m, Recorded, "olena"), None);
        await Record();
        await _store.SaveChangeDeliveredAsync(new ChangeDelivered(Client, "R-4", new DateOnly(2026, 9, 14), Recorded), None);
        await Record();
        var before = await _store.GetVersionsAsync(None);
        await _store.SaveApprovalAsync(Approval(September, client: "globex"), None);
        var after = await _store.GetVersionsAsync(None);

        Assert.That(seen, Is.Ordered.Ascending.And.Unique);
        Assert.That(after[Client], Is.EqualTo(before[Client]), "another client's append leaves this client's version alone");
        Assert.That(after.ContainsKey("globex"), Is.True);
    }

    [Test]
    public async Task SaveMiniProjectAsync_ReadsBackExactlyForItsClientInSavedOrder()
    {
        var first = new MiniProject(Client, "R-9", 12.5m, Recorded, "olena");
        var second = new MiniProject(Client, "R-3", 0.75m, Recorded.AddDays(1), "taras");
        await _store.SaveMiniProjectAsync(first, None);
        await _store.SaveMiniProjectAsync(first with { ClientId = "globex" }, None);
        await _store.SaveMiniProjectAsync(second, None);

        Assert.That(await _store.ListMiniProjectsAsync(Client, None), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task SaveChangeDeliveredAsync_ReadsBackExactlyForItsClientInSavedOrder()
    {
        var first = new ChangeDelivered(Client, "R-4", new DateOnly(2026, 9, 14), Recorded);
        var second = new ChangeDelivered(Client, "R-2", new DateOnly(2026, 9, 1), Recorded.AddHours(1));
        await _store.SaveChangeDeliveredAsync(first, None);
        await _store.SaveChangeDeliveredAsync(second with { ClientId = "globex" }, None);
        await _store.SaveChangeDeliveredAsync(second, None);

        Assert.That(await _store.ListChangesDeliveredAsync(Client, None), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task ListSessionsAsync_ReturnsTheClientsSessionsBetweenBothDaysIncluded()
    {
        var before = await _store.AppendSessionAsync(Session(new DateOnly(2026, 6, 30)), None);
        var last = await _store.AppendSessionAsync(Session(new DateOnly(2026, 9, 30)), None);
        var first = await _store.AppendSessionAsync(Session(new DateOnly(2026, 7, 1)) with { Note = null, Kind = Core.Packages.SessionKind.Architecture }, None);
        await _store.AppendSessionAsync(Session(new DateOnly(2026, 10, 1)), None);
        await _store.AppendSessionAsync(Session(new DateOnly(2026, 8, 1), client: "globex"), None);

        var listed = await _store.ListSessionsAsync(Client, new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), None);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EqualTo(new[] { first, last }));
            Assert.That(first, Is.EqualTo(Session(new DateOnly(2026, 7, 1)) with { Id = first.Id, Note = null, Kind = Core.Packages.SessionKind.Architecture }));
            Assert.That(new[] { before.Id, last.Id, first.Id }, Is.Ordered.Ascending.And.Unique);
        });
    }

    [Test]
    public async Task SaveClosedMonthAsync_First_ReturnsTrueAndReadsBackExactly()
    {
        var closed = Closed(September);

        var saved = await _store.SaveClosedMonthAsync(closed, None);

        var stored = await _store.GetClosedMonthAsync(Client, September, None);
        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.True);
            Assert.That(
                (stored?.ClientId, stored?.Month, stored?.ClosedAt, stored?.ClosedBy),
                Is.EqualTo((closed.ClientId, closed.Month, (DateTimeOffset?)closed.ClosedAt, closed.ClosedBy)));
            Assert.That(Json(stored?.Result), Is.EqualTo(Json(closed.Result)));
            Assert.That(stored?.Result.RolloverShare.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("0.50"));
        });
    }

    [Test]
    public async Task SaveClosedMonthAsync_Again_ReturnsFalseAndKeepsTheFirstSnapshot()
    {
        await _store.SaveClosedMonthAsync(Closed(September), None);
        var other = Closed(September, closedBy: "someone else");

        var saved = await _store.SaveClosedMonthAsync(other with { Result = other.Result with { BucketMinutes = 1 } }, None);

        var stored = await _store.GetClosedMonthAsync(Client, September, None);
        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.False);
            Assert.That(stored?.ClosedBy, Is.EqualTo("job"));
            Assert.That(stored?.Result.BucketMinutes, Is.EqualTo(1200));
        });
    }

    [Test]
    public async Task GetClosedMonthAsync_OpenMonthOrAnotherClient_ReturnsNull()
    {
        await _store.SaveClosedMonthAsync(Closed(September), None);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.GetClosedMonthAsync(Client, September.Following(), None), Is.Null);
            Assert.That(await _store.GetClosedMonthAsync("globex", September, None), Is.Null);
        });
    }

    [Test]
    public async Task GetLatestClosedMonthAsync_ReturnsTheClientsLatestMonthWhateverTheSaveOrder()
    {
        Assert.That(await _store.GetLatestClosedMonthAsync(Client, None), Is.Null);
        await _store.SaveClosedMonthAsync(Closed(new LedgerMonth(2026, 11)), None);
        await _store.SaveClosedMonthAsync(Closed(new LedgerMonth(2026, 10)), None);
        await _store.SaveClosedMonthAsync(Closed(new LedgerMonth(2026, 12), client: "globex"), None);

        var latest = await _store.GetLatestClosedMonthAsync(Client, None);

        Assert.That((latest?.ClientId, latest?.Month), Is.EqualTo(((string?)Client, (LedgerMonth?)new LedgerMonth(2026, 11))));
    }
}
