namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Burns support minutes in recorded order: carry-in first, then the bucket, then overage. Overage is
/// approved only by approvals given before the entry was recorded; the rest is unapproved.
/// </summary>
internal sealed class BucketFlow
{
    private readonly List<(DateTimeOffset At, int Minutes)> _approvals;
    private int _approvalsGiven;
    private int _approvedCapacity;
    private int _carryInLeft;
    private int _bucketLeft;
    private int _carryInUsed;
    private int _bucketUsed;

    public BucketFlow(int carryIn, int bucket, IEnumerable<OverageApproval> approvals)
    {
        _carryInLeft = carryIn;
        _bucketLeft = bucket;
        _approvals = [.. approvals.Select(a => (a.ApprovedAt, LedgerMath.ToMinutes(a.Hours))).OrderBy(a => a.ApprovedAt)];
    }

    public int ApprovedInAdvance { get; private set; }

    public int Unapproved { get; private set; }

    /// <summary>When the first minute of unapproved overage was recorded.</summary>
    public DateTimeOffset? FirstUnapprovedAt { get; private set; }

    /// <summary>Burns a line; lines must come in recorded order.</summary>
    public CategoryMinutes Burn(int minutes, DateTimeOffset recordedAt)
    {
        var fromCarryIn = Math.Min(minutes, _carryInLeft);
        var fromBucket = Math.Min(minutes - fromCarryIn, _bucketLeft);
        var over = minutes - fromCarryIn - fromBucket;
        while (_approvalsGiven < _approvals.Count && _approvals[_approvalsGiven].At < recordedAt)
        {
            _approvedCapacity += _approvals[_approvalsGiven++].Minutes;
        }

        var approved = Math.Min(over, Math.Max(0, _approvedCapacity - ApprovedInAdvance));
        var unapproved = over - approved;
        _carryInLeft -= fromCarryIn;
        _carryInUsed += fromCarryIn;
        _bucketLeft -= fromBucket;
        _bucketUsed += fromBucket;
        ApprovedInAdvance += approved;
        Unapproved += unapproved;
        if (unapproved > 0)
        {
            FirstUnapprovedAt ??= recordedAt;
        }

        return new CategoryMinutes(CarryInUsed: fromCarryIn, BucketBurn: fromBucket, ApprovedOverage: approved, UnapprovedOverage: unapproved);
    }

    /// <summary>
    /// Takes back <paramref name="minutes"/> of support reversed in a closed month, after the month's own
    /// work: unapproved overage first, then approved overage, bucket, carry-in. What finds nothing to
    /// take back is an unapplied credit. Returns the (negative) allocation of the credit.
    /// </summary>
    public CategoryMinutes Credit(int minutes)
    {
        var left = minutes;
        var unapproved = Take(ref left, Unapproved);
        var approved = Take(ref left, ApprovedInAdvance);
        var bucket = Take(ref left, _bucketUsed);
        var carryIn = Take(ref left, _carryInUsed);
        Unapproved -= unapproved;
        ApprovedInAdvance -= approved;
        _bucketUsed -= bucket;
        _bucketLeft += bucket;
        _carryInUsed -= carryIn;
        _carryInLeft += carryIn;
        return new CategoryMinutes(
            CarryInUsed: -carryIn,
            BucketBurn: -bucket,
            ApprovedOverage: -approved,
            UnapprovedOverage: -unapproved,
            UnappliedCredit: -left);
    }

    private static int Take(ref int left, int available)
    {
        var taken = Math.Min(left, available);
        left -= taken;
        return taken;
    }
}
