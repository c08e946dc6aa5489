using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Worker.Dashboard.Parts;

namespace CrmSupportHub.Worker.Tests.Dashboard;

public sealed class BusinessHoursTests
{
    private static readonly BusinessCalendar Office = BusinessCalendar.Create(new CalendarDefinition(
        "Europe/Kyiv",
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday }.Select(d => new WeeklyWindow(d, new TimeOnly(9, 0), new TimeOnly(18, 0)))],
        []));

    [Test]
    public void OpenFor_AlwaysOpen_HasNoEnd()
    {
        var calendar = BusinessCalendar.Create(CalendarDefinition.TwentyFourSeven("UTC"));

        Assert.That(BusinessHours.OpenFor(calendar, new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero)), Is.Null);
    }

    [Test]
    public void OpenFor_DuringTheWindow_RunsToItsEnd()
    {
        var mondayNoonKyiv = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        var open = BusinessHours.OpenFor(Office, mondayNoonKyiv);

        Assert.That(open!.Value.TotalSeconds, Is.EqualTo(6 * 3600).Within(1));
    }

    [Test]
    public void OpenFor_OutsideTheWindow_IsZero()
    {
        var mondayNightKyiv = new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero);

        Assert.That(BusinessHours.OpenFor(Office, mondayNightKyiv), Is.EqualTo(TimeSpan.Zero));
    }
}
