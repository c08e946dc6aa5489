using CrmSupportHub.Core.Calendars;
using static CrmSupportHub.Core.Tests.Calendars.TestCalendars;

namespace CrmSupportHub.Core.Tests.Calendars;

[TestFixture]
public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Eet = TimeSpan.FromHours(2);
    private static readonly TimeSpan Eest = TimeSpan.FromHours(3);

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

    [Test]
    public void Add_ManyThreadsOnFreshCalendar_SameAnswersAsOneThread()
    {
        var starts = Enumerable.Range(0, 4000).Select(i => new DateTimeOffset(2026, 1, 1, 0, 0, 0, Eet).AddHours(i * 7.3)).ToArray();
        var expected = starts.Select(s => KyivOffice().Add(s, TimeSpan.FromHours(13))).ToArray();
        var shared = KyivOffice();
        var actual = new DateTimeOffset[starts.Length];

        Parallel.For(0, starts.Length, i => actual[i] = shared.Add(starts[i], TimeSpan.FromHours(13)));

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Between_InstantBeyondSupportedYears_Throws() =>
        Assert.That(() => KyivOffice().Between(DateTimeOffset.MinValue, new(2026, 1, 1, 0, 0, 0, Eet)), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
