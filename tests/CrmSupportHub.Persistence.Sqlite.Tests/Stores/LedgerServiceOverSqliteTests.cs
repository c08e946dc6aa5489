using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Persistence.Sqlite.Stores;
using CrmSupportHub.Persistence.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Stores;

/// <summary>The Core ledger service end to end over the SQLite store, across a restart.</summary>
public sealed class LedgerServiceOverSqliteTests : DatabaseTest
{
    private const string Client = Samples.Client;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly LedgerMonth September = new(2026, 9);
    private static readonly LedgerMonth October = new(2026, 10);

    [Test]
    public async Task Statements_AfterRecordingClosingAndReopeningTheDatabase_AreTheSame()
    {
        Time.SetUtcNow(new DateTimeOffset(2026, 9, 15, 9, 0, 0, TimeSpan.Zero));
        var ledger = Service(Db.Database);
        var first = await ledger.RecordAsync(Work(new DateOnly(2026, 9, 3), 600, "R-1"), None);
        await ledger.ApproveOverageAsync(new OverageApprovalDraft(Client, September, 1m, "CFO", Time.GetUtcNow().AddDays(-1), "mail #12"), None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await ledger.RecordAsync(Work(new DateOnly(2026, 9, 10), 700, "R-2"), None);
        await ledger.CorrectAsync(new WorkCorrectionDraft(Client, first.Entry.Id, -30, "olena", "double-logged"), None);
        await ledger.ConvertToMiniProjectAsync(Client, "R-3", 12.5m, "taras", None);
        await ledger.RecordAsync(Work(new DateOnly(2026, 9, 14), 90, "R-3") with { Kind = WorkKind.MiniProject }, None);
        await ledger.RecordSessionAsync(Client, SessionKind.Architecture, new DateOnly(2026, 9, 12), "taras", "CRM design", None);

        Time.SetUtcNow(new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero));
        var closed = await ledger.CloseEndedMonthsAsync(Client, "month-end job", None);
        await ledger.RecordAsync(Work(new DateOnly(2026, 9, 20), 60, "R-1"), None);
        var before = await StatementsAsync(ledger);

        SqliteConnection.ClearAllPools();
        var reopened = Service(new SqliteDatabase(new SqliteOptions { ConnectionString = $"Data Source={Db.FilePath}" }));
        var after = await StatementsAsync(reopened);
        var closedAgain = await reopened.CloseMonthAsync(Client, September, "someone", None);

        Assert.Multiple(() =>
        {
            Assert.That(closed.Select(c => c.Month), Is.EqualTo(new[] { September }));
            Assert.That(StatementJson.Render(after.September), Is.EqualTo(StatementJson.Render(before.September)));
            Assert.That(StatementJson.Render(after.October), Is.EqualTo(StatementJson.Render(before.October)));
            Assert.That((closedAgain.ClosedBy, closedAgain.ClosedAt), Is.EqualTo(("month-end job", closed[0].ClosedAt)));
            var september = closed[0].Result.Logged;
            Assert.That(
                (september.BucketBurn, september.ApprovedOverage, september.UnapprovedOverage, september.MiniProject),
                Is.EqualTo((1200, 60, 10, 90)));
        });
        Assert.That(
            (before.October.Hours.Adjustments.Count, before.October.Hours.LoggedMinutes, before.September.Closed),
            Is.EqualTo((1, 60, true)));
    }

    private LedgerService Service(SqliteDatabase database) =>
        new(new SqliteHoursLedgerStore(database), [Profile()], Time);

    private static async Task<(MonthlyStatement September, MonthlyStatement October)> StatementsAsync(LedgerService ledger) =>
        (await StatementAsync(ledger, September), await StatementAsync(ledger, October));

    private static Task<MonthlyStatement> StatementAsync(LedgerService ledger, LedgerMonth month) =>
        ledger.BuildStatementAsync(Client, month, SlaComplianceSummary.None, [], None);

    private static WorkEntryDraft Work(DateOnly date, int minutes, string requestId) => new(Client, requestId, "olena", date, minutes);

    private static ClientProfile Profile() => new(
        Client,
        "Acme Ltd",
        "Pipedrive",
        new ContractHistory([new ContractVersion(new DateOnly(2026, 9, 1), PackageCatalog.Default[PackageTier.Medium])]),
        CalendarDefinition.TwentyFourSeven("Europe/Kyiv"),
        GoLive: null,
        new HashSet<string>(),
        ReactionRules.Default);
}
