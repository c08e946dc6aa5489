namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Nearest-rank percentile: the smallest value with at least P % of the values at or below it,
/// i.e. the value at 1-based rank ceil(P/100 × N) of the sorted list. Always an observed value;
/// the median of an even count is the lower middle one.
/// </summary>
internal static class NearestRank
{
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = ((percent * sorted.Count) + 99) / 100;
        return sorted[rank - 1];
    }
}
