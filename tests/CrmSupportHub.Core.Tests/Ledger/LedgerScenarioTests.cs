using System.Text.Json;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Requests;
using static CrmSupportHub.Core.Tests.Ledger.LedgerHarness;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>Worked months with exact expected figures (minutes; Medium = 20 h bucket, 50 % rollover).</summary>
public sealed class LedgerScenarioTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task QuietMonthThenBusyMonth_RollsTheCappedRestOverAndSpendsItFirst()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 10), 6m);
        await h.LogOn(D(2026, 10, 5), 20m);
        await h.LogOn(D(2026, 10, 20), 14m);

        var september = await h.Month(2026, 9);
        var october = await h.Month(2026, 10);

        Assert.That(september.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 360)));
        Assert.That((september.BucketUnusedMinutes, september.RolloverCapMinutes, september.CarryOutMinutes), Is.EqualTo((840, 600, 600)));
        Assert.That(october.CarryInMinutes, Is.EqualTo(600));
        Assert.That(october.Logged, Is.EqualTo(new CategoryMinutes(CarryInUsed: 600, BucketBurn: 1200, UnapprovedOverage: 240)));
        Assert.That((october.CarryInExpiredMinutes, october.CarryOutMinutes), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task LightMonthAfterQuietOne_UnusedCarryInExpiresAndOnlyTheBucketRolls()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 10), 2m);
        await h.LogOn(D(2026, 10, 5), 8m);

        var october = await h.Month(2026, 10);

        Assert.That(october.Logged, Is.EqualTo(new CategoryMinutes(CarryInUsed: 480)));
        Assert.That((october.CarryInExpiredMinutes, october.CarryOutMinutes), Is.EqualTo((120, 600)));
    }

    [Test]
    public async Task OverageApprovedInAdvance_IsApprovedOverage()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 8), 20m);
        h.At(D(2026, 9, 10), 9);
        await h.Ledger.ApproveOverageAsync(Approval(4m, h.Time.GetUtcNow()), None);
        var recorded = await h.LogOn(D(2026, 9, 15), 3m);

        var month = await h.Month(2026, 9);

        Assert.That(recorded.Alert, Is.Null);
        Assert.That(month.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 1200, ApprovedOverage: 180)));
        var use = month.Approvals.Single();
        Assert.That((use.InAdvanceMinutes, use.RetroactiveMinutes, use.UnusedMinutes, use.GivenAfterOverage), Is.EqualTo((180, 0, 60, false)));
    }

    [Test]
    public async Task OverageLoggedBeforeTheApproval_StaysUnapprovedAndTheApprovalIsMarkedRetroactive()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 8), 20m);
        var over = await h.LogOn(D(2026, 9, 15), 3m);
        h.At(D(2026, 9, 16), 9);
        await h.Ledger.ApproveOverageAsync(Approval(4m, h.Time.GetUtcNow()), None);
        await h.LogOn(D(2026, 9, 20), 1m);

        var month = await h.Month(2026, 9);

        Assert.That(over.Alert, Is.EqualTo(new UnapprovedOverageAlert("acme", new LedgerMonth(2026, 9), 2, 180, 180, over.Entry.RecordedAt)));
        Assert.That(month.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 1200, ApprovedOverage: 60, UnapprovedOverage: 180)));
        Assert.That(month.UnapprovedEntries, Is.EqualTo(new[] { new EntryMinutes(2, over.Entry.RecordedAt, 180) }));
        var use = month.Approvals.Single();
        Assert.That((use.InAdvanceMinutes, use.RetroactiveMinutes, use.UnusedMinutes, use.GivenAfterOverage), Is.EqualTo((60, 0, 180, true)));
    }

    [Test]
    public async Task ApprovalThatExplicitlyCoversLoggedHours_ShowsThemAsApprovedRetroactively()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 8), 20m);
        await h.LogOn(D(2026, 9, 15), 3m);
        h.At(D(2026, 9, 16), 9);
        await h.Ledger.ApproveOverageAsync(Approval(2m, h.Time.GetUtcNow()) with { CoversLoggedHours = true }, None);

        var month = await h.Month(2026, 9);

        Assert.That(month.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 1200, ApprovedRetroactively: 120, UnapprovedOverage: 60)));
        var use = month.Approvals.Single();
        Assert.That((use.InAdvanceMinutes, use.RetroactiveMinutes, use.UnusedMinutes, use.GivenAfterOverage), Is.EqualTo((0, 120, 0, true)));
    }

    [Test]
    public async Task GoLiveMidMonth_FourteenDaysOfSupportAreHypercare()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium, goLive: D(2026, 9, 16)));
        await h.LogOn(D(2026, 9, 10), 2m);
        await h.LogOn(D(2026, 9, 16), 3m);
        await h.LogOn(D(2026, 9, 29), 1m);
        await h.LogOn(D(2026, 9, 29), 0.5m, WorkKind.NotCovered);
        await h.LogOn(D(2026, 9, 30), 2m);

        var month = await h.Month(2026, 9);

        Assert.That(month.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 240, Hypercare: 240, NotCovered: 30)));
        Assert.That(month.CarryOutMinutes, Is.EqualTo(600));
    }

    [Test]
    public async Task LargeChangeDelivered_WorkOnThatRequestIsHypercareForFourteenDays()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Large));
        h.At(D(2026, 9, 5));
        await h.Ledger.RecordChangeDeliveredAsync("acme", "R-7", D(2026, 9, 5), None);
        await h.LogOn(D(2026, 9, 10), 2m, request: "R-7");
        await h.LogOn(D(2026, 9, 10), 1m, request: "R-8");
        await h.LogOn(D(2026, 9, 18), 1m, request: "R-7");
        await h.LogOn(D(2026, 9, 19), 1.5m, request: "R-7");

        var month = await h.Month(2026, 9);

        Assert.That(month.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 150, Hypercare: 180)));
        Assert.That((month.BucketMinutes, month.RolloverCapMinutes, month.CarryOutMinutes), Is.EqualTo((2400, 1200, 1200)));
    }

    [Test]
    public async Task MediumChangeDelivered_OpensNoHypercare()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        h.At(D(2026, 9, 5));
        await h.Ledger.RecordChangeDeliveredAsync("acme", "R-7", D(2026, 9, 5), None);
        await h.LogOn(D(2026, 9, 10), 2m, request: "R-7");

        Assert.That((await h.Month(2026, 9)).Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 120)));
    }

    [Test]
    public async Task PackageChangeMidMonth_BucketChangesNextMonthHypercareAtOnce()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium, changes: (D(2026, 9, 15), PackageTier.Large)));
        h.At(D(2026, 9, 10));
        await h.Ledger.RecordChangeDeliveredAsync("acme", "R-1", D(2026, 9, 10), None);
        h.At(D(2026, 9, 20));
        await h.Ledger.RecordChangeDeliveredAsync("acme", "R-2", D(2026, 9, 20), None);
        await h.LogOn(D(2026, 9, 21), 2m, request: "R-1");
        await h.LogOn(D(2026, 9, 22), 3m, request: "R-2");
        await h.LogOn(D(2026, 10, 2), 1m);

        var september = await h.Month(2026, 9);
        var october = await h.Month(2026, 10);

        Assert.That((september.Package, september.BucketMinutes, september.RolloverCapMinutes), Is.EqualTo((PackageTier.Medium, 1200, 600)));
        Assert.That(september.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 120, Hypercare: 180)));
        Assert.That(september.CarryOutMinutes, Is.EqualTo(600));
        Assert.That((october.Package, october.BucketMinutes, october.CarryInMinutes, october.RolloverCapMinutes), Is.EqualTo((PackageTier.Large, 2400, 600, 1200)));
        Assert.That(october.Logged, Is.EqualTo(new CategoryMinutes(CarryInUsed: 60)));
    }

    [Test]
    public async Task MiniProject_HoursGoToItsEstimateNeverToTheBucket()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 3), 2m, request: "R-9");
        h.At(D(2026, 9, 5), 9);
        var project = await h.Ledger.ConvertToMiniProjectAsync("acme", "R-9", 10m, "olena", None);
        await h.LogOn(D(2026, 9, 5), 3m, request: "R-9");
        await h.LogOn(D(2026, 9, 12), 4m, request: "R-9");
        await h.LogOn(D(2026, 9, 20), 1m, WorkKind.MiniProject, "R-9");
        await h.LogOn(D(2026, 10, 2), 2m, request: "R-9");

        var september = await h.Ledger.BuildStatementAsync("acme", new LedgerMonth(2026, 9), SlaComplianceSummary.None, [], None);
        var october = await h.Ledger.BuildStatementAsync("acme", new LedgerMonth(2026, 10), SlaComplianceSummary.None, [], None);

        Assert.That(september.Hours.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 120, MiniProject: 480)));
        Assert.That(september.MiniProjects, Is.EqualTo(new[] { new MiniProjectProgress("R-9", 10m, project.ConvertedAt, 480, 480) }));
        Assert.That(october.Hours.Logged, Is.EqualTo(new CategoryMinutes(MiniProject: 120)));
        Assert.That(october.MiniProjects.Single().RemainingMinutes, Is.EqualTo(0));
        var conversion = project.ToRequestEvent();
        Assert.That((conversion.Kind, conversion.RequestId, conversion.OccurredAt, conversion.Source), Is.EqualTo((RequestEventKind.ConvertedToMiniProject, "R-9", project.ConvertedAt, EventSource.Hub)));
    }

    [Test]
    public async Task CorrectionAfterClosing_LandsInTheOpenMonthAndLeavesTheSnapshotAlone()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium));
        await h.LogOn(D(2026, 9, 10), 12m);
        var wrong = await h.LogOn(D(2026, 9, 20), 10m);
        h.At(D(2026, 10, 1), 1);
        var closed = await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "month-end job", None);

        h.At(D(2026, 10, 2));
        var correction = await h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", wrong.Entry.Id, -180, "olena", "logged 10 h, was 7 h"), None);
        var late = await h.At(D(2026, 10, 3)).Log(D(2026, 9, 28), 1m, note: "forgot");
        await h.LogOn(D(2026, 10, 10), 4m);

        var september = await h.Month(2026, 9);
        var october = await h.Month(2026, 10);

        Assert.That(JsonSerializer.Serialize(september, LedgerJson.Options), Is.EqualTo(JsonSerializer.Serialize(closed.Result, LedgerJson.Options)));
        Assert.That(september.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 1200, UnapprovedOverage: 120)));
        Assert.That((correction.Entry.Month, correction.Entry.Date, correction.Entry.Corrects), Is.EqualTo((new LedgerMonth(2026, 10), D(2026, 9, 20), (long?)wrong.Entry.Id)));
        Assert.That(october.Adjustments.Select(a => (a.EntryId, a.Corrects, a.Minutes)), Is.EqualTo(new[] { (correction.Entry.Id, (long?)wrong.Entry.Id, -180), (late.Entry.Id, (long?)null, 60) }));
        Assert.That(october.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 120)));
        Assert.That(october.CarryInMinutes, Is.EqualTo(0));
    }

    private static OverageApprovalDraft Approval(decimal hours, DateTimeOffset at) =>
        new("acme", new LedgerMonth(2026, 9), hours, "Iryna (client CEO)", at, "mail 2026-09");
}
