using System.Globalization;
using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Worker.Configuration;

/// <summary>Reads the calendar notation of appsettings.json, reporting problems by key.</summary>
internal static class CalendarParser
{
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static CalendarDefinition? Parse(CalendarOptions options, Action<string, string> problem)
    {
        var zone = options.TimeZone;
        if (string.IsNullOrWhiteSpace(zone))
        {
            problem("Calendar:TimeZone", "is required (an IANA time zone such as Europe/Kyiv).");
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            problem("Calendar:TimeZone", $"'{zone}' is not a known IANA time zone.");
            return null;
        }

        var windows = new List<WeeklyWindow>();
        foreach (var (days, ranges) in options.Hours)
        {
            var dayList = ParseDays(days);
            if (dayList is null)
            {
                problem($"Calendar:Hours:{days}", "is not a day or day range (use Mon, Mon-Fri or Mon,Wed).");
                continue;
            }

            foreach (var range in ranges)
            {
                if (ParseWindow(range) is not { } window)
                {
                    problem($"Calendar:Hours:{days}", $"'{range}' is not a window like 09:00-13:00 (start before end, 24:00 allowed as end).");
                    continue;
                }

                windows.AddRange(dayList.Select(d => new WeeklyWindow(d, window.Start, window.End)));
            }
        }

        if (!options.AlwaysOpen && windows.Count == 0)
        {
            problem("Calendar:Hours", "has no working window; set AlwaysOpen for a 24/7 calendar.");
        }

        var holidays = new List<Holiday>();
        foreach (var text in options.Holidays)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                holidays.Add(new Holiday(date));
            }
            else if (DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var yearly))
            {
                holidays.Add(new Holiday(yearly, EveryYear: true));
            }
            else
            {
                problem("Calendar:Holidays", $"'{text}' is not a date (yyyy-MM-dd, or MM-dd for every year).");
            }
        }

        return new CalendarDefinition(zone, windows, holidays, options.AlwaysOpen);
    }

    private static List<DayOfWeek>? ParseDays(string text)
    {
        var result = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || Day(bounds[0]) is not { } from || Day(bounds[^1]) is not { } to)
            {
                return null;
            }

            for (var day = (int)from; ; day = (day + 1) % 7)
            {
                result.Add((DayOfWeek)day);
                if (day == (int)to)
                {
                    break;
                }
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static DayOfWeek? Day(string name)
    {
        var index = Array.FindIndex(DayNames, d => name.StartsWith(d, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : (DayOfWeek)index;
    }

    private static (TimeOnly Start, TimeOnly End)? ParseWindow(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryTime(parts[0], out var start) || !TryTime(parts[1], out var end))
        {
            return null;
        }

        return start < end ? (start, end) : null;
    }

    private static bool TryTime(string text, out TimeOnly time)
    {
        if (text == "24:00")
        {
            time = TimeOnly.MaxValue; // end of day; windows are end-exclusive
            return true;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
