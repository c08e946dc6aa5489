namespace CrmSupportHub.Core.Ledger;

/// <summary>A mini-project's hours against its estimate, as of a month's end.</summary>
/// <param name="MonthMinutes">Logged on it in the month.</param>
/// <param name="ToDateMinutes">Logged on it up to and including the month.</param>
public sealed record MiniProjectProgress(
    string RequestId,
    decimal EstimateHours,
    DateTimeOffset ConvertedAt,
    int MonthMinutes,
    int ToDateMinutes)
{
    public int EstimateMinutes => LedgerMath.ToMinutes(EstimateHours);

    /// <summary>Estimate left; negative when the mini-project is over its estimate.</summary>
    public int RemainingMinutes => EstimateMinutes - ToDateMinutes;
}
