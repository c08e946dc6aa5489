using System.Globalization;
using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Tests.Calendars;

internal static class TestCalendars
{
    /// <summary>Kyiv office hours: Monday to Friday, 09:00-13:00 and 14:00-18:00.</summary>
    public static BusinessCalendar KyivOffice(params Holiday[] holidays) =>
        BusinessCalendar.Create(new CalendarDefinition("Europe/Kyiv", Weekdays(("09:00", "13:00"), ("14:00", "18:00")), holidays));

    public static BusinessCalendar Calendar(string zone, params WeeklyWindow[] windows) =>
        BusinessCalendar.Create(new CalendarDefinition(zone, windows, []));

    public static WeeklyWindow Sunday(string start, string end) => new(DayOfWeek.Sunday, Time(start), Time(end));

    public static List<WeeklyWindow> Weekdays(params (string Start, string End)[] windows) =>
        [.. from day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            from window in windows
            select new WeeklyWindow(day, Time(window.Start), Time(window.End))];

    private static TimeOnly Time(string text) => TimeOnly.Parse(text, CultureInfo.InvariantCulture);
}
