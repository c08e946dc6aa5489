using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// The computed hours of one client month: what a closed month freezes. All quantities are whole
/// minutes; <see cref="Logged"/> splits the net minutes logged into categories that add up.
/// </summary>
/// <param name="Package">The package whose bucket applies: the one in force on the month's first day.</param>
/// <param name="RolloverCapMinutes">The most that may roll over: <paramref name="RolloverShare"/> of the bucket.</param>
/// <param name="CarryOutMinutes">Rolls into the next month: unused bucket, capped; carry-in never rolls again.</param>
/// <param name="Adjustments">Entries counted here although dated in an earlier, closed month.</param>
/// <param name="UnapprovedEntries">Entries with overage nobody approved in advance.</param>
public sealed record MonthLedger(
    string ClientId,
    LedgerMonth Month,
    PackageTier Package,
    int BucketMinutes,
    int CarryInMinutes,
    decimal RolloverShare,
    int RolloverCapMinutes,
    CategoryMinutes Logged,
    int CarryOutMinutes,
    IReadOnlyList<ApprovalUse> Approvals,
    IReadOnlyList<RequestMinutes> MiniProjects,
    IReadOnlyList<LedgerAdjustment> Adjustments,
    IReadOnlyList<EntryMinutes> UnapprovedEntries)
{
    public int AvailableMinutes => BucketMinutes + CarryInMinutes;

    public int LoggedMinutes => Logged.Total;

    public int CarryInExpiredMinutes => CarryInMinutes - Logged.CarryInUsed;

    public int BucketUnusedMinutes => BucketMinutes - Logged.BucketBurn;

    public int OverageMinutes => Logged.ApprovedOverage + Logged.ApprovedRetroactively + Logged.UnapprovedOverage;
}
