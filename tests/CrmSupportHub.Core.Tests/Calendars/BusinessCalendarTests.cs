using System.Globalization;
using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Tests.Calendars;

[TestFixture]
public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Eet = TimeSpan.FromHours(2);
    private static readonly TimeSpan Eest = TimeSpan.FromHours(3);

    [Test]
    public void Between_KyivSpringForwardWholeDay_Is23Hours()
    {
        var calendar = Calendar("Europe/Kyiv", Sunday("00:00", "00:00"));

        var hours = calendar.Between(new(2026, 3, 29, 0, 0, 0, Eet), new(2026, 3, 30, 0, 0, 0, Eest));

        Assert.That(hours, Is.EqualTo(TimeSpan.FromHours(23)));
    }

    [Test]
    public void Between_KyivSpringForwardWindowOverSkippedHour_CountsOnlyExistingInstants()
    {
        // 03:00 becomes 04:00 on 29 March 2026: of 02:00-04:00 only 02:00-03:00 exists.
        var calendar = Calendar("Europe/Kyiv", Sunday("02:00", "04:00"), Sunday("09:00", "18:00"));

        var night = calendar.Between(new(2026, 3, 29, 0, 0, 0, Eet), new(2026, 3, 29, 8, 0, 0, Eest));
        var day = calendar.Between(new(2026, 3, 29, 8, 0, 0, Eest), new(2026, 3, 30, 0, 0, 0, Eest));

        Assert.That((night, day), Is.EqualTo((TimeSpan.FromHours(1), TimeSpan.FromHours(9))));
    }

    [Test]
    public void Add_KyivSpringForward_JumpsOverSkippedHour()
    {
        var calendar = Calendar("Europe/Kyiv", Sunday("02:00", "05:00"));

        var due = calendar.Add(new(2026, 3, 29, 2, 30, 0, Eet), TimeSpan.FromHours(1));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 29, 4, 30, 0, Eest)));
    }

    [Test]
    public void Between_KyivFallBack_CountsRepeatedHourTwice()
    {
        // 04:00 becomes 03:00 on 25 October 2026: 02:00-05:00 local lasts four real hours.
        var calendar = Calendar("Europe/Kyiv", Sunday("02:00", "05:00"));

        var window = calendar.Between(new(2026, 10, 25, 0, 0, 0, Eest), new(2026, 10, 26, 0, 0, 0, Eet));
        var wholeDay = Calendar("Europe/Kyiv", Sunday("00:00", "00:00"))
            .Between(new(2026, 10, 25, 0, 0, 0, Eest), new(2026, 10, 26, 0, 0, 0, Eet));

        Assert.That((window, wholeDay), Is.EqualTo((TimeSpan.FromHours(4), TimeSpan.FromHours(25))));
    }

    [Test]
    public void Add_KyivFallBack_CountsRepeatedHourInElapsedTime()
    {
        var calendar = Calendar("Europe/Kyiv", Sunday("02:00", "05:00"));

        var due = calendar.Add(new(2026, 10, 25, 2, 0, 0, Eest), TimeSpan.FromHours(3));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 10, 25, 4, 0, 0, Eet)));
    }

    [Test]
    public void Between_NewYorkSpringForward_SkipsTwoToThree()
    {
        var calendar = Calendar("America/New_York", Sunday("01:00", "04:00"), Sunday("09:00", "18:00"));

        var total = calendar.Between(new(2026, 3, 8, 0, 0, 0, TimeSpan.FromHours(-5)), new(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(-4)));

        Assert.That(total, Is.EqualTo(TimeSpan.FromHours(2 + 9)));
    }

    [Test]
    public void Between_NewYorkFallBack_CountsOneToTwoTwice()
    {
        var calendar = Calendar("America/New_York", Sunday("00:00", "03:00"));

        var total = calendar.Between(new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(-4)), new(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(-5)));

        Assert.That(total, Is.EqualTo(TimeSpan.FromHours(4)));
    }

    [Test]
    public void Add_NewYorkAcrossSpringForward_EndsAtLocalWallClockWindowEnd()
    {
        var calendar = BusinessCalendar.Create(new CalendarDefinition("America/New_York", Weekdays(("09:00", "18:00")), []));

        // Friday 16:00 EST + 4 h: 2 h on Friday, 2 h from Monday 09:00 EDT.
        var due = calendar.Add(new(2026, 3, 6, 16, 0, 0, TimeSpan.FromHours(-5)), TimeSpan.FromHours(4));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 9, 11, 0, 0, TimeSpan.FromHours(-4))));
    }

    [Test]
    public void Between_LordHoweHalfHourShifts_Are23AndAHalfAnd24AndAHalfHours()
    {
        var calendar = Calendar("Australia/Lord_Howe", Sunday("00:00", "00:00"));
        var standard = TimeSpan.FromHours(10.5);
        var summer = TimeSpan.FromHours(11);

        var springForward = calendar.Between(new(2026, 10, 4, 0, 0, 0, standard), new(2026, 10, 5, 0, 0, 0, summer));
        var fallBack = calendar.Between(new(2026, 4, 5, 0, 0, 0, summer), new(2026, 4, 6, 0, 0, 0, standard));

        Assert.That((springForward, fallBack), Is.EqualTo((TimeSpan.FromHours(23.5), TimeSpan.FromHours(24.5))));
    }

    [Test]
    public void Add_FridayEveningBeforeHolidayMonday_ContinuesOnTuesday()
    {
        var calendar = KyivOffice(new Holiday(new DateOnly(2026, 8, 24)));

        var due = calendar.Add(new(2026, 8, 21, 17, 0, 0, Eest), TimeSpan.FromHours(8));

        // 1 h on Friday, Monday is Independence Day, then 09-13 and 14-17 on Tuesday.
        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 8, 25, 17, 0, 0, Eest)));
    }

    [Test]
    public void Add_WindowsSplitByLunch_SkipsLunchHour()
    {
        var calendar = KyivOffice();

        var due = calendar.Add(new(2026, 3, 2, 11, 0, 0, Eet), TimeSpan.FromHours(3));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 15, 0, 0, Eet)));
    }

    [Test]
    public void Add_ReachingTargetAtWindowEnd_ReturnsWindowEndNotNextStart()
    {
        var calendar = KyivOffice();

        var due = calendar.Add(new(2026, 3, 2, 9, 0, 0, Eet), TimeSpan.FromHours(4));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 13, 0, 0, Eet)));
    }

    [Test]
    public void Add_StartOutsideBusinessTime_CountsFromNextWindow()
    {
        var calendar = KyivOffice();

        var due = calendar.Add(new(2026, 3, 7, 10, 0, 0, Eet), TimeSpan.FromMinutes(30));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 9, 9, 30, 0, Eet)));
    }

    [Test]
    public void Between_YearlyHoliday_ExcludedEveryYear()
    {
        var calendar = KyivOffice(new Holiday(new DateOnly(2020, 12, 25), EveryYear: true));

        var christmas2028 = calendar.Between(new(2028, 12, 25, 0, 0, 0, Eet), new(2028, 12, 26, 0, 0, 0, Eet));
        var dayAfter = calendar.Between(new(2028, 12, 26, 0, 0, 0, Eet), new(2028, 12, 27, 0, 0, 0, Eet));

        Assert.That((christmas2028, dayAfter), Is.EqualTo((TimeSpan.Zero, TimeSpan.FromHours(8))));
    }

    [Test]
    public void Add_TwentyFourSevenAcrossSpringForward_AddsElapsedTime()
    {
        var calendar = BusinessCalendar.Create(CalendarDefinition.TwentyFourSeven("Europe/Kyiv"));

        var due = calendar.Add(new(2026, 3, 28, 12, 0, 0, Eet), TimeSpan.FromHours(24));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 29, 13, 0, 0, Eest)));
    }

    [Test]
    public void Between_TwentyFourSevenOverWeekendAndHolidays_IsWallTime()
    {
        var definition = CalendarDefinition.TwentyFourSeven("Europe/Kyiv") with { Holidays = [new Holiday(new DateOnly(2026, 1, 1))] };
        var calendar = BusinessCalendar.Create(definition);

        var total = calendar.Between(new(2025, 12, 31, 18, 0, 0, Eet), new(2026, 1, 5, 18, 0, 0, Eet));

        Assert.That(total, Is.EqualTo(TimeSpan.FromDays(5)));
    }

    [Test]
    public void Between_ReversedInstants_IsNegative()
    {
        var calendar = KyivOffice();

        var total = calendar.Between(new(2026, 3, 2, 12, 0, 0, Eet), new(2026, 3, 2, 10, 0, 0, Eet));

        Assert.That(total, Is.EqualTo(TimeSpan.FromHours(-2)));
    }

    [Test]
    public void Between_AcrossManyBlocks_SumsWholeWeeks()
    {
        var calendar = KyivOffice();

        // 2026-01-05 and 2028-01-03 are Mondays: 104 weeks of 40 hours.
        var total = calendar.Between(new(2026, 1, 5, 0, 0, 0, Eet), new(2028, 1, 3, 0, 0, 0, Eet));

        Assert.That(total, Is.EqualTo(TimeSpan.FromHours(104 * 40)));
    }

    [Test]
    public void IsBusinessTime_LunchAndWindowEdges_StartInclusiveEndExclusive()
    {
        var calendar = KyivOffice();

        bool At(int hour, int minute) => calendar.IsBusinessTime(new(2026, 3, 2, hour, minute, 0, Eet));

        Assert.That(new[] { At(9, 0), At(12, 59), At(13, 0), At(14, 0), At(18, 0) }, Is.EqualTo(new[] { true, true, false, true, false }));
    }

    [Test]
    public void LocalDate_LateEveningUtc_IsNextLocalDay()
    {
        var calendar = KyivOffice();

        Assert.That(calendar.LocalDate(new(2026, 3, 31, 22, 30, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 4, 1)));
    }

    [Test]
    public void Create_UnknownTimeZone_Throws() =>
        Assert.That(() => BusinessCalendar.Create(new CalendarDefinition("Mars/Olympus", [Sunday("09:00", "10:00")], [])), Throws.ArgumentException);

    [Test]
    public void Create_WindowEndingBeforeStart_Throws() =>
        Assert.That(() => Calendar("UTC", Sunday("18:00", "09:00")), Throws.ArgumentException.With.Message.Contains("crosses midnight").Or.Message.Contains("split"));

    [Test]
    public void Create_NoWindows_Throws() =>
        Assert.That(() => BusinessCalendar.Create(new CalendarDefinition("UTC", [], [])), Throws.ArgumentException);

    [Test]
    public void Add_NegativeDuration_Throws() =>
        Assert.That(() => KyivOffice().Add(new(2026, 3, 2, 9, 0, 0, Eet), TimeSpan.FromHours(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Add_CalendarWithoutAnyBusinessDay_Throws()
    {
        var everyMonday = Enumerable.Range(0, 7).Select(i => new Holiday(new DateOnly(2026, 1, 1).AddDays(i), EveryYear: true)).ToList();
        var holidays = Enumerable.Range(0, 366).Select(i => new Holiday(new DateOnly(2024, 1, 1).AddDays(i), EveryYear: true)).Concat(everyMonday).ToList();
        var calendar = BusinessCalendar.Create(new CalendarDefinition("UTC", [Sunday("09:00", "10:00")], holidays));

        Assert.That(() => calendar.Add(new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)), Throws.InvalidOperationException);
    }

    internal static BusinessCalendar KyivOffice(params Holiday[] holidays) =>
        BusinessCalendar.Create(new CalendarDefinition("Europe/Kyiv", Weekdays(("09:00", "13:00"), ("14:00", "18:00")), holidays));

    private static BusinessCalendar Calendar(string zone, params WeeklyWindow[] windows) =>
        BusinessCalendar.Create(new CalendarDefinition(zone, windows, []));

    private static WeeklyWindow Sunday(string start, string end) => new(DayOfWeek.Sunday, Time(start), Time(end));

    private static TimeOnly Time(string text) => TimeOnly.Parse(text, CultureInfo.InvariantCulture);

    private static List<WeeklyWindow> Weekdays(params (string Start, string End)[] windows) =>
        [.. from day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            from window in windows
            select new WeeklyWindow(day, Time(window.Start), Time(window.End))];
}
