using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Tests.Calendars;

/// <summary>Random calendars and instants for the property tests, biased towards DST changes and holidays.</summary>
internal static class RandomCalendars
{
    public static readonly string[] Zones = ["Europe/Kyiv", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];

    /// <summary>A random instant (whole seconds) and a calendar whose holidays fall around it.</summary>
    public static (CalendarDefinition Calendar, DateTimeOffset Anchor) Next(Random random)
    {
        var zoneId = Zones[random.Next(Zones.Length)];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var anchor = Anchor(random, zone);
        if (random.Next(10) == 0)
        {
            return (CalendarDefinition.TwentyFourSeven(zoneId), anchor);
        }

        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(anchor, zone).DateTime);
        var holidays = new List<Holiday>();
        for (var i = random.Next(5); i > 0; i--)
        {
            holidays.Add(new Holiday(localDate.AddDays(random.Next(-4, 10)), EveryYear: random.Next(3) == 0));
        }

        return (new CalendarDefinition(zoneId, Windows(random), holidays), anchor);
    }

    private static List<WeeklyWindow> Windows(Random random)
    {
        var windows = new List<WeeklyWindow>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            for (var count = random.Next(4) - (random.Next(4) == 0 ? 3 : 0); count > 0; count--)
            {
                windows.Add(Window(random, day));
            }
        }

        return windows.Count > 0 ? windows : [Window(random, (DayOfWeek)random.Next(7))];
    }

    private static WeeklyWindow Window(Random random, DayOfWeek day)
    {
        // Night windows make the skipped and repeated hours of DST changes matter.
        var startMinute = random.Next(3) == 0 ? random.Next(0, 6) * 60 + (random.Next(4) * 15) : random.Next(0, 1440);
        var endMinute = startMinute + random.Next(1, 600);
        var start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(startMinute));
        var end = endMinute >= 1440 ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(endMinute));
        return new WeeklyWindow(day, start, end);
    }

    private static DateTimeOffset Anchor(Random random, TimeZoneInfo zone)
    {
        var yearStart = new DateTimeOffset(random.Next(2000, 2036), 1, 1, 0, 0, 0, TimeSpan.Zero);
        var day = random.Next(365);
        if (random.Next(2) == 0 && Transitions(zone, yearStart) is { Count: > 0 } transitions)
        {
            day = transitions[random.Next(transitions.Count)] + random.Next(-2, 3);
        }

        return yearStart.AddDays(day).AddSeconds(random.Next(86_400));
    }

    /// <summary>Days of the year on which the zone's offset changes.</summary>
    private static List<int> Transitions(TimeZoneInfo zone, DateTimeOffset yearStart)
    {
        var days = new List<int>();
        var previous = zone.GetUtcOffset(yearStart);
        for (var day = 1; day <= 365; day++)
        {
            var offset = zone.GetUtcOffset(yearStart.AddDays(day));
            if (offset != previous)
            {
                days.Add(day - 1);
                previous = offset;
            }
        }

        return days;
    }
}
