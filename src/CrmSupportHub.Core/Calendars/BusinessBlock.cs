namespace CrmSupportHub.Core.Calendars;

/// <summary>
/// The business intervals of one fixed UTC range, sorted and disjoint, with running totals so
/// that both calendar operations are two binary searches instead of a walk over days.
/// </summary>
internal sealed class BusinessBlock
{
    private readonly long[] _starts;
    private readonly long[] _ends;

    /// <summary>Business ticks before interval i; one more entry than intervals, the last is <see cref="Total"/>.</summary>
    private readonly long[] _before;

    public BusinessBlock(long index, long[] starts, long[] ends)
    {
        Index = index;
        _starts = starts;
        _ends = ends;
        _before = new long[starts.Length + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            _before[i + 1] = _before[i] + (ends[i] - starts[i]);
        }
    }

    public long Index { get; }

    public long Total => _before[^1];

    /// <summary>Business ticks from the block's start up to <paramref name="instant"/> (UTC ticks inside the block).</summary>
    public long Position(long instant)
    {
        var i = LastStartingAtOrBefore(instant);
        return i < 0 ? 0 : _before[i] + Math.Min(instant - _starts[i], _ends[i] - _starts[i]);
    }

    /// <summary>The earliest instant whose <see cref="Position"/> is <paramref name="position"/> (0 &lt; position &lt;= Total).</summary>
    public long Locate(long position)
    {
        int low = 0, high = _starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_before[middle + 1] >= position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return _starts[low] + (position - _before[low]);
    }

    public bool Contains(long instant)
    {
        var i = LastStartingAtOrBefore(instant);
        return i >= 0 && instant < _ends[i];
    }

    private int LastStartingAtOrBefore(long instant)
    {
        int low = 0, high = _starts.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_starts[middle] <= instant)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
