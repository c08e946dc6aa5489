using CrmSupportHub.Core.Ledger;
using static CrmSupportHub.Core.Tests.Ledger.Seeded;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>The ledger's invariants over thousands of random months (seeded; see <see cref="Seeded"/>).</summary>
public sealed class LedgerPropertyTests
{
    private const int Cases = 5000;

    [Test]
    public Task Compute_RandomMonths_EveryLoggedMinuteLandsInExactlyOneCategory() => ForAllAsync(Cases, rng =>
    {
        var input = RandomMonths.Next(rng);
        var result = LedgerCalculator.Compute(input);
        var logged = input.Entries.Sum(e => e.Minutes);

        Check(result.Ledger.LoggedMinutes == logged, () => $"categories add up to {result.Ledger.LoggedMinutes}, entries to {logged}");
        Check(result.Lines.Sum(l => l.Minutes) == logged, () => "lines lost or doubled minutes");
        foreach (var line in result.Lines)
        {
            Check(line.Categories.Total == line.Minutes, () => $"line #{line.EntryId} of {line.Minutes} min split into {line.Categories}");
            var parts = Enum.GetValues<LedgerCategory>().Select(c => line.Categories[c]).ToList();
            Check(line.Minutes >= 0 ? parts.All(p => p >= 0) : parts.All(p => p <= 0), () => $"line #{line.EntryId} has parts of both signs: {line.Categories}");
        }

        var sum = result.Lines.Aggregate(CategoryMinutes.None, (s, l) => s.Plus(l.Categories));
        Check(sum == result.Ledger.Logged, () => $"totals {result.Ledger.Logged} differ from the lines' {sum}");
    });

    [Test]
    public Task Compute_RandomMonths_BucketFlowStaysWithinItsLimits() => ForAllAsync(Cases, rng =>
    {
        var input = RandomMonths.Next(rng);
        var ledger = LedgerCalculator.Compute(input).Ledger;
        var logged = ledger.Logged;

        Check(logged.CarryInUsed >= 0 && logged.BucketBurn >= 0, () => $"negative burn {logged}");
        Check(logged.ApprovedOverage >= 0 && logged.ApprovedRetroactively >= 0 && logged.UnapprovedOverage >= 0, () => $"negative overage {logged}");
        Check(logged.UnappliedCredit <= 0, () => $"positive unapplied credit {logged}");
        Check(logged.CarryInUsed <= ledger.CarryInMinutes, () => $"used {logged.CarryInUsed} of {ledger.CarryInMinutes} carry-in");
        Check(logged.BucketBurn <= ledger.BucketMinutes, () => $"burned {logged.BucketBurn} of a {ledger.BucketMinutes} bucket");
        Check(ledger.OverageMinutes == 0 || (ledger.BucketUnusedMinutes == 0 && ledger.CarryInExpiredMinutes == 0), () => $"overage while hours were left: {ledger}");
    });

    [Test]
    public Task Compute_RandomMonths_CarryOutNeverExceedsTheCapAndCarryInNeverOutlivesItsMonth() => ForAllAsync(Cases, rng =>
    {
        var input = RandomMonths.Next(rng);
        var ledger = LedgerCalculator.Compute(input).Ledger;

        Check(ledger.RolloverCapMinutes <= ledger.RolloverShare * ledger.BucketMinutes, () => $"cap {ledger.RolloverCapMinutes} above share of bucket");
        Check(ledger.CarryOutMinutes >= 0 && ledger.CarryOutMinutes <= ledger.RolloverCapMinutes, () => $"carry-out {ledger.CarryOutMinutes} over cap {ledger.RolloverCapMinutes}");
        Check(ledger.CarryOutMinutes <= ledger.BucketUnusedMinutes, () => $"carry-out {ledger.CarryOutMinutes} exceeds unused bucket {ledger.BucketUnusedMinutes}: carry-in rolled again");
        Check(ledger.CarryInExpiredMinutes >= 0 && ledger.Logged.CarryInUsed + ledger.CarryInExpiredMinutes == input.CarryInMinutes, () => "carry-in neither used nor expired");

        var withoutCarryIn = LedgerCalculator.Compute(input with { CarryInMinutes = 0 }).Ledger;
        Check(ledger.CarryOutMinutes >= withoutCarryIn.CarryOutMinutes, () => "carry-in was not spent before the bucket");
    });

    [Test]
    public Task Compute_RandomMonths_ApprovedOverageNeverExceedsWhatWasApprovedInAdvance() => ForAllAsync(Cases, rng =>
    {
        var input = RandomMonths.Next(rng);
        var result = LedgerCalculator.Compute(input);
        var approved = 0;
        foreach (var line in result.Lines)
        {
            approved += line.Categories.ApprovedOverage;
            var inAdvance = input.Approvals.Where(a => a.ApprovedAt < line.RecordedAt).Sum(a => LedgerMath.ToMinutes(a.Hours));
            Check(line.Minutes < 0 || approved <= inAdvance, () => $"{approved} min approved by entry #{line.EntryId}, only {inAdvance} approved before it was recorded");
        }

        var uses = result.Ledger.Approvals;
        Check(uses.Sum(u => u.InAdvanceMinutes) == result.Ledger.Logged.ApprovedOverage, () => "approval uses do not add up to approved overage");
        Check(uses.Sum(u => u.RetroactiveMinutes) == result.Ledger.Logged.ApprovedRetroactively, () => "approval uses do not add up to retroactive approval");
        Check(uses.All(u => u.InAdvanceMinutes + u.RetroactiveMinutes + u.UnusedMinutes == LedgerMath.ToMinutes(u.Approval.Hours) && u.UnusedMinutes >= 0), () => "an approval is over-used");
        Check(uses.All(u => u.RetroactiveMinutes == 0 || u.Approval.CoversLoggedHours), () => "an approval resolved logged hours without saying so");
    });
}
