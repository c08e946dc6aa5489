using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;
using static CrmSupportHub.Core.Tests.Ledger.LedgerHarness;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>What the work log refuses, and how closed months redirect late work.</summary>
public sealed class LedgerServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static LedgerHarness Harness(string zone = "UTC") =>
        new LedgerHarness(LedgerClients.Client(PackageTier.Medium, timeZone: zone)).At(D(2026, 9, 15));

    [Test]
    public async Task RecordAsync_UnknownClient_SaysWhichClient()
    {
        var h = Harness();
        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.RecordAsync(new WorkEntryDraft("globex", null, "olena", D(2026, 9, 15), 30), None));
        Assert.That((error.Code, error.Message), Is.EqualTo((LedgerErrorCode.UnknownClient, "Unknown client 'globex': it is not configured.")));
    }

    [TestCase(0)]
    [TestCase(-30)]
    [TestCase(24 * 60 + 1)]
    public async Task RecordAsync_MinutesNotPositiveOrAboveADay_IsRefused(int minutes)
    {
        var h = Harness();
        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.RecordAsync(new WorkEntryDraft("acme", null, "olena", D(2026, 9, 15), minutes), None));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.InvalidInput));
    }

    [Test]
    public async Task RecordAsync_DayAfterTodayInTheClientsZone_IsRefused()
    {
        // 22:30 UTC on 15 September is already the 16th in Kyiv, but not the 17th.
        var h = Harness("Europe/Kyiv");
        h.Time.SetUtcNow(new DateTimeOffset(2026, 9, 15, 22, 30, 0, TimeSpan.Zero));
        await Assert.DoesNotThrowAsync(() => h.Ledger.RecordAsync(new WorkEntryDraft("acme", null, "olena", D(2026, 9, 16), 30), None));
        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.RecordAsync(new WorkEntryDraft("acme", null, "olena", D(2026, 9, 17), 30), None));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.DateInFuture));
    }

    [Test]
    public async Task RecordAsync_BeforeTheContract_IsRefused()
    {
        var error = await Assert.ThrowsAsync<LedgerException>(() => Harness().Log(D(2026, 8, 31), 1m));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.BeforeContractStart));
    }

    [Test]
    public async Task RecordAsync_MiniProjectWorkOnARequestNotConverted_IsRefused()
    {
        var error = await Assert.ThrowsAsync<LedgerException>(() => Harness().Log(D(2026, 9, 15), 1m, WorkKind.MiniProject, "R-1"));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.NotAMiniProject));
    }

    [Test]
    public async Task CorrectAsync_ReversingMoreThanIsLeft_IsRefused()
    {
        var h = Harness();
        var entry = await h.Log(D(2026, 9, 15), 1m);
        await h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", entry.Entry.Id, -40, "olena"), None);

        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", entry.Entry.Id, -21, "olena"), None));

        Assert.That((error.Code, error.Message), Is.EqualTo((LedgerErrorCode.OverReversal, "Entry #1 has 20 minutes left; a correction cannot reverse 21.")));
        await Assert.DoesNotThrowAsync(() => h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", entry.Entry.Id, -20, "olena"), None));
    }

    [Test]
    public async Task CorrectAsync_UnknownEntryOrACorrection_IsRefused()
    {
        var h = Harness();
        var entry = await h.Log(D(2026, 9, 15), 1m);
        var correction = await h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", entry.Entry.Id, 15, "olena"), None);

        var unknown = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", 99, -1, "olena"), None));
        var nested = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", correction.Entry.Id, -1, "olena"), None));

        Assert.That(unknown.Code, Is.EqualTo(LedgerErrorCode.UnknownEntry));
        Assert.That(nested.Message, Is.EqualTo("Entry #2 is itself a correction of #1; correct #1 instead."));
    }

    [Test]
    public async Task CorrectAsync_SameOpenMonth_IsNettedIntoTheEntry()
    {
        var h = Harness();
        var entry = await h.Log(D(2026, 9, 15), 2m);
        await h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", entry.Entry.Id, -30, "olena"), None);

        var month = await h.Month(2026, 9);

        Assert.That((month.Logged, month.Adjustments.Count), Is.EqualTo((new CategoryMinutes(BucketBurn: 90), 0)));
    }

    [Test]
    public async Task RecordAsync_DayInAClosedMonth_CountsTodayAsAnAdjustment()
    {
        var h = Harness();
        h.At(D(2026, 10, 1));
        await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None);

        var late = await h.At(D(2026, 10, 3)).Log(D(2026, 9, 30), 1m);

        Assert.That((late.Entry.Month, late.Entry.IsAdjustment), Is.EqualTo((new LedgerMonth(2026, 10), true)));
        Assert.That((await h.Month(2026, 10)).Adjustments.Single().EntryId, Is.EqualTo(late.Entry.Id));
    }

    [Test]
    public async Task CloseMonthAsync_BeforeTheMonthEndedInTheClientsZone_IsRefused()
    {
        // 21:30 UTC on 30 September is still September in New York, already October in Kyiv.
        var kyiv = Harness("Europe/Kyiv");
        var newYork = new LedgerHarness(LedgerClients.Client(timeZone: "America/New_York"));
        foreach (var h in new[] { kyiv, newYork })
        {
            h.Time.SetUtcNow(new DateTimeOffset(2026, 9, 30, 21, 30, 0, TimeSpan.Zero));
        }

        var closed = await kyiv.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None);
        var error = await Assert.ThrowsAsync<LedgerException>(() => newYork.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None));

        Assert.That(closed.Month, Is.EqualTo(new LedgerMonth(2026, 9)));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.MonthNotEnded));
    }

    [Test]
    public async Task CloseMonthAsync_OutOfOrderOrTwice_RefusesOrReturnsTheSnapshot()
    {
        var h = Harness().At(D(2026, 11, 2));
        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 10), "job", None));
        var first = await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None);
        var again = await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "someone else", None);

        Assert.That((error.Code, error.Message), Is.EqualTo((LedgerErrorCode.MonthOutOfOrder, "Months close in order: close 2026-09 before 2026-10.")));
        Assert.That((again.ClosedBy, again.ClosedAt), Is.EqualTo((first.ClosedBy, first.ClosedAt)));
    }

    [Test]
    public async Task CloseEndedMonthsAsync_ClosesEveryEndedMonthInOrder()
    {
        var h = Harness().At(D(2026, 12, 1), 1);
        var closed = await h.Ledger.CloseEndedMonthsAsync("acme", "job", None);
        Assert.That(closed.Select(c => c.Month.ToString()), Is.EqualTo(new[] { "2026-09", "2026-10", "2026-11" }));
    }

    [Test]
    public async Task ApproveOverageAsync_ClosedMonthOrFutureApproval_IsRefused()
    {
        var h = Harness().At(D(2026, 10, 2));
        await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None);
        var now = h.Time.GetUtcNow();

        var closed = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.ApproveOverageAsync(new("acme", new LedgerMonth(2026, 9), 2m, "client", now, "ref"), None));
        var future = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.ApproveOverageAsync(new("acme", new LedgerMonth(2026, 10), 2m, "client", now.AddHours(1), "ref"), None));

        Assert.That((closed.Code, future.Code), Is.EqualTo((LedgerErrorCode.MonthClosed, LedgerErrorCode.DateInFuture)));
    }

    [Test]
    public async Task ConvertToMiniProjectAsync_Twice_IsRefused()
    {
        var h = Harness();
        await h.Ledger.ConvertToMiniProjectAsync("acme", "R-1", 8m, "olena", None);
        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.ConvertToMiniProjectAsync("acme", "R-1", 8m, "olena", None));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.AlreadyConverted));
    }

    [Test]
    public async Task RecordSessionAsync_CountsAgainstTheQuarterAndRefusesClosedMonths()
    {
        var h = Harness().At(D(2026, 10, 5));
        await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None);
        await h.Ledger.RecordSessionAsync("acme", SessionKind.Architecture, D(2026, 10, 5), "olena", null, None);

        var usage = await h.Ledger.GetSessionUsageAsync("acme", D(2026, 10, 5), None);
        var error = await Assert.ThrowsAsync<LedgerException>(() => h.Ledger.RecordSessionAsync("acme", SessionKind.Architecture, D(2026, 9, 30), "olena", null, None));

        Assert.That(usage, Is.EqualTo(new[] { new SessionUsage(SessionKind.Architecture, SessionPeriod.Quarter, D(2026, 10, 1), D(2026, 12, 31), 1, 1) }));
        Assert.That(error.Code, Is.EqualTo(LedgerErrorCode.MonthClosed));
    }

    [Test]
    public async Task CloseMonthAsync_AnotherWriterClosedItFirst_ReturnsTheStoredSnapshot()
    {
        var h = Harness().At(D(2026, 10, 2));
        await h.Log(D(2026, 9, 20), 1m);
        var first = await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", None);
        h.Store.HidesClosedMonths = true;

        var second = await new LedgerService(h.Store, [h.Client], h.Time).CloseMonthAsync("acme", new LedgerMonth(2026, 9), "other job", None);

        Assert.That((second.ClosedBy, second.Result.LoggedMinutes), Is.EqualTo((first.ClosedBy, 60)));
    }
}
