namespace CrmSupportHub.Core.Calendars;

/// <summary>
/// Turns local wall-clock windows into UTC intervals for one block. Each constant-offset segment
/// maps a local range one-to-one onto UTC, so a window is clipped per segment: an hour skipped at
/// spring-forward yields nothing and an hour repeated at fall-back yields two UTC stretches.
/// </summary>
internal static class BusinessBlockBuilder
{
    public static BusinessBlock Build(long index, long start, long end, WeekTemplate week, HolidaySet holidays, TimeZoneInfo zone)
    {
        var starts = new List<long>(256);
        var ends = new List<long>(256);
        foreach (var segment in ZoneOffsets.Between(zone, start, end))
        {
            var localStart = segment.Start + segment.Offset;
            var localEnd = segment.End + segment.Offset;
            for (var day = localStart / TimeSpan.TicksPerDay; day * TimeSpan.TicksPerDay < localEnd; day++)
            {
                var date = DateOnly.FromDayNumber((int)day);
                if (holidays.Contains(date))
                {
                    continue;
                }

                var midnight = day * TimeSpan.TicksPerDay;
                var windows = week.On(date.DayOfWeek);
                for (var w = 0; w < windows.Length; w += 2)
                {
                    var from = Math.Max(midnight + windows[w], localStart);
                    var to = Math.Min(midnight + windows[w + 1], localEnd);
                    if (from < to)
                    {
                        Append(starts, ends, from - segment.Offset, to - segment.Offset);
                    }
                }
            }
        }

        return new BusinessBlock(index, [.. starts], [.. ends]);
    }

    private static void Append(List<long> starts, List<long> ends, long start, long end)
    {
        if (ends.Count > 0 && ends[^1] == start)
        {
            ends[^1] = end;
            return;
        }

        starts.Add(start);
        ends.Add(end);
    }
}
