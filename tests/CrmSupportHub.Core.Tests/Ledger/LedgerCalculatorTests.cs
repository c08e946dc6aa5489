using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>Rules of the month computation that the scenarios do not reach: credits from closed months, rounding, limits.</summary>
public sealed class LedgerCalculatorTests
{
    private static readonly LedgerMonth October = new(2026, 10);
    private static readonly DateTimeOffset Noon = new(2026, 10, 10, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Compute_CreditFromAClosedMonth_TakesBackUnapprovedOverageBeforeTheBucket()
    {
        var input = Input(
            carryIn: 0,
            Entry(1, 1300),
            Entry(2, -150) with { Date = new DateOnly(2026, 9, 20), Corrects = 77 });

        var ledger = LedgerCalculator.Compute(input).Ledger;

        Assert.That(ledger.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 1150)));
        Assert.That(ledger.UnapprovedEntries.Select(e => (e.EntryId, e.Minutes)), Is.EqualTo(new[] { (1L, 100), (2L, -100) }));
    }

    [Test]
    public void Compute_CreditWithNothingToTakeBack_IsAnUnappliedCredit()
    {
        var input = Input(carryIn: 0, Entry(1, -90) with { Date = new DateOnly(2026, 9, 20), Corrects = 77 });

        var ledger = LedgerCalculator.Compute(input).Ledger;

        Assert.That(ledger.Logged, Is.EqualTo(new CategoryMinutes(UnappliedCredit: -90)));
        Assert.That(ledger.Adjustments.Single().Corrects, Is.EqualTo(77));
    }

    [Test]
    public void Compute_CreditOfHypercareWork_ReducesHypercareNotTheBucket()
    {
        var client = LedgerClients.Client(PackageTier.Medium, goLive: new DateOnly(2026, 9, 25));
        var input = Input(carryIn: 0, Entry(1, 60), Entry(2, -30) with { Date = new DateOnly(2026, 9, 26), Corrects = 77 }) with { Client = client };

        Assert.That(LedgerCalculator.Compute(input).Ledger.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 60, Hypercare: -30)));
    }

    [Test]
    public void Compute_AddedMinutesForAClosedMonth_BurnLikeNewWorkInRecordedOrder()
    {
        var input = Input(carryIn: 30, Entry(1, 60) with { Date = new DateOnly(2026, 9, 20), Corrects = 77 });

        Assert.That(LedgerCalculator.Compute(input).Ledger.Logged, Is.EqualTo(new CategoryMinutes(CarryInUsed: 30, BucketBurn: 30)));
    }

    [Test]
    public void Compute_FractionalHours_RoundBucketAndCapDown()
    {
        var terms = PackageCatalog.Default[PackageTier.Medium] with { MonthlyHours = 7.55m, RolloverShare = 0.3m };
        var input = Input(carryIn: 0) with { Client = LedgerClients.WithTerms(terms) };

        var ledger = LedgerCalculator.Compute(input).Ledger;

        Assert.That((ledger.BucketMinutes, ledger.RolloverCapMinutes, ledger.CarryOutMinutes), Is.EqualTo((453, 135, 135)));
    }

    [Test]
    public void Compute_MonthBeforeTheContract_HasNoBucket()
    {
        var input = Input(carryIn: 0) with { Month = new LedgerMonth(2026, 8) };

        Assert.That(LedgerCalculator.Compute(input).Ledger.BucketMinutes, Is.Zero);
    }

    [Test]
    public void Compute_ApprovalGivenAtTheSameInstantAsTheEntry_DoesNotCoverIt()
    {
        var entry = Entry(1, 1230);
        var approval = new OverageApproval(1, "acme", October, 1m, "client", entry.RecordedAt, "ref", entry.RecordedAt);
        var input = Input(carryIn: 0, entry) with { Approvals = [approval] };

        Assert.That(LedgerCalculator.Compute(input).Ledger.Logged, Is.EqualTo(new CategoryMinutes(BucketBurn: 1200, UnapprovedOverage: 30)));
    }

    private static MonthInput Input(int carryIn, params WorkEntry[] entries) =>
        new(LedgerClients.Client(PackageTier.Medium), October, carryIn, entries, [], [], []);

    private static WorkEntry Entry(long id, int minutes) =>
        new(id, "acme", "R-1", "olena", new DateOnly(2026, 10, 10), minutes, WorkKind.Support, null, Noon.AddMinutes(id), October);
}
