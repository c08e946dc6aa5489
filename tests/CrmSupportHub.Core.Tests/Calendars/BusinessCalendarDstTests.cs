using CrmSupportHub.Core.Calendars;
using static CrmSupportHub.Core.Tests.Calendars.TestCalendars;

namespace CrmSupportHub.Core.Tests.Calendars;

[TestFixture]
public sealed class BusinessCalendarDstTests
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
    public void Add_TwentyFourSevenAcrossSpringForward_AddsElapsedTime()
    {
        var calendar = BusinessCalendar.Create(CalendarDefinition.TwentyFourSeven("Europe/Kyiv"));

        var due = calendar.Add(new(2026, 3, 28, 12, 0, 0, Eet), TimeSpan.FromHours(24));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 29, 13, 0, 0, Eest)));
    }
}
