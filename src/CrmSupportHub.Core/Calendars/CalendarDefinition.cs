namespace CrmSupportHub.Core.Calendars;

/// <summary>A working window on a weekday, in the calendar's local time; <see cref="End"/> is exclusive.</summary>
public sealed record WeeklyWindow(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>A public holiday; <paramref name="EveryYear"/> repeats it on the same month and day.</summary>
public sealed record Holiday(DateOnly Date, bool EveryYear = false);

/// <summary>
/// A client's business calendar as configured: IANA time zone, weekly windows (several per day
/// allowed) and holidays. <see cref="AlwaysOpen"/> is the 24/7 calendar of on-call contracts.
/// </summary>
public sealed record CalendarDefinition(
    string TimeZoneId,
    IReadOnlyList<WeeklyWindow> Windows,
    IReadOnlyList<Holiday> Holidays,
    bool AlwaysOpen = false)
{
    public static CalendarDefinition TwentyFourSeven(string timeZoneId) => new(timeZoneId, [], [], AlwaysOpen: true);
}
