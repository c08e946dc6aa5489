namespace CrmSupportHub.Core.Calendars;

/// <summary>
/// The weekly windows as sorted, merged [start, end) pairs of local time-of-day ticks per weekday.
/// An end of 00:00 means midnight at the end of the day, so "00:00-00:00" is the whole day.
/// </summary>
internal sealed class WeekTemplate
{
    private readonly long[][] _days;

    private WeekTemplate(long[][] days) => _days = days;

    /// <summary>Business ticks in a week without holidays.</summary>
    public long WeeklyTicks => _days.Sum(d => Length(d));

    /// <summary>Alternating start and end ticks of <paramref name="day"/>'s windows.</summary>
    public long[] On(DayOfWeek day) => _days[(int)day];

    public static WeekTemplate From(IReadOnlyList<WeeklyWindow> windows)
    {
        var days = new long[7][];
        for (var day = 0; day < 7; day++)
        {
            var ranges = windows
                .Where(w => (int)w.Day == day)
                .Select(ToTicks)
                .OrderBy(r => r.Start)
                .ToList();
            days[day] = Merge(ranges);
        }

        return new WeekTemplate(days);
    }

    private static (long Start, long End) ToTicks(WeeklyWindow window)
    {
        if (!Enum.IsDefined(window.Day))
        {
            throw new ArgumentException($"Window day {(int)window.Day} is not a day of the week.", nameof(window));
        }

        var start = window.Start.Ticks;
        var end = window.End == TimeOnly.MinValue ? TimeSpan.TicksPerDay : window.End.Ticks;
        if (end <= start)
        {
            throw new ArgumentException(
                $"Window {window.Day} {window.Start:HH\\:mm}-{window.End:HH\\:mm} ends before it starts; split windows that cross midnight.",
                nameof(window));
        }

        return (start, end);
    }

    private static long[] Merge(List<(long Start, long End)> sorted)
    {
        var merged = new List<long>(sorted.Count * 2);
        foreach (var (start, end) in sorted)
        {
            if (merged.Count > 0 && start <= merged[^1])
            {
                merged[^1] = Math.Max(merged[^1], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }

        return [.. merged];
    }

    private static long Length(long[] day)
    {
        var total = 0L;
        for (var i = 0; i < day.Length; i += 2)
        {
            total += day[i + 1] - day[i];
        }

        return total;
    }
}
