namespace CrmSupportHub.Core.Ledger;

/// <summary>Where a logged minute lands. Every minute of a month lands in exactly one category.</summary>
public enum LedgerCategory
{
    CarryInUsed,
    BucketBurn,
    Hypercare,
    MiniProject,
    NotCovered,
    Session,
    ApprovedOverage,
    ApprovedRetroactively,
    UnapprovedOverage,

    /// <summary>A reversal of support work in a closed month that found nothing left to reverse in this month (zero or negative).</summary>
    UnappliedCredit,
}
