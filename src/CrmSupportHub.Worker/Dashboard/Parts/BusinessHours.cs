using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>How long business time keeps running from now, so a countdown on the page stops when the client's office closes.</summary>
internal static class BusinessHours
{
    /// <summary>Null when the calendar never closes; zero outside business hours; else the time to the end of the current window (at most a day).</summary>
    public static TimeSpan? OpenFor(BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.IsAlwaysOpen)
        {
            return null;
        }

        if (!calendar.IsBusinessTime(now))
        {
            return TimeSpan.Zero;
        }

        // Business time equals wall time up to the window's end and falls behind after it.
        long open = 0, closed = TimeSpan.TicksPerDay;
        while (closed - open > TimeSpan.TicksPerSecond)
        {
            var mid = open + (closed - open) / 2;
            if (calendar.Between(now, now.AddTicks(mid)).Ticks == mid)
            {
                open = mid;
            }
            else
            {
                closed = mid;
            }
        }

        return TimeSpan.FromTicks(open);
    }
}
