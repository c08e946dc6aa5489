using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Tests.Calendars;

/// <summary>
/// The naive reference: walks UTC minute by minute and asks TimeZoneInfo for each minute's local
/// time. Exact to the tick as long as window edges, offsets and transitions fall on whole minutes
/// (true for the zones and windows the tests use), because then a minute is all in or all out.
/// </summary>
internal sealed class CalendarOracle(CalendarDefinition definition)
{
    private const long Minute = TimeSpan.TicksPerMinute;

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);

    public bool IsOpen(long utcTicks)
    {
        if (definition.AlwaysOpen)
        {
            return true;
        }

        var local = new DateTime(utcTicks + _zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks);
        var date = DateOnly.FromDateTime(local);
        foreach (var holiday in definition.Holidays)
        {
            if (holiday.EveryYear ? holiday.Date.Month == date.Month && holiday.Date.Day == date.Day : holiday.Date == date)
            {
                return false;
            }
        }

        var time = TimeOnly.FromDateTime(local);
        foreach (var window in definition.Windows)
        {
            if (window.Day == date.DayOfWeek && window.Start <= time && (window.End == TimeOnly.MinValue || time < window.End))
            {
                return true;
            }
        }

        return false;
    }

    public long Between(long from, long to)
    {
        var total = 0L;
        for (var cell = Floor(from); cell < to; cell += Minute)
        {
            if (IsOpen(cell))
            {
                total += Math.Min(to, cell + Minute) - Math.Max(from, cell);
            }
        }

        return total;
    }

    public long Add(long from, long duration)
    {
        if (duration == 0)
        {
            return from;
        }

        var elapsed = 0L;
        for (var cell = Floor(from); ; cell += Minute)
        {
            if (!IsOpen(cell))
            {
                continue;
            }

            var start = Math.Max(from, cell);
            var length = cell + Minute - start;
            if (elapsed + length >= duration)
            {
                return start + (duration - elapsed);
            }

            elapsed += length;
        }
    }

    private static long Floor(long ticks) => ticks - (ticks % Minute);
}
