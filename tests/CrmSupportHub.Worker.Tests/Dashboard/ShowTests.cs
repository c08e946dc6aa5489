using CrmSupportHub.Worker.Dashboard.Parts;

namespace CrmSupportHub.Worker.Tests.Dashboard;

public sealed class ShowTests
{
    [TestCase(0, 0, 9, 41, "0:09:41 left")]
    [TestCase(0, 0, 0, -72, "0:01:12 overdue")]
    [TestCase(2, 3, 4, 5, "2 d 3:04:05 left")]
    [TestCase(0, -25, 0, 0, "1 d 1:00:00 overdue")]
    public void TimeLeft_WritesWhatTheCountdownScriptWrites(int days, int hours, int minutes, int seconds, string expected)
    {
        var left = new TimeSpan(days, hours, minutes, seconds);

        Assert.That(Show.TimeLeft(left), Is.EqualTo(expected));
    }

    [TestCase(45, "45 min")]
    [TestCase(120, "2 h")]
    [TestCase(450, "7 h 30 min")]
    [TestCase(-90, "−1 h 30 min")]
    [TestCase(0, "0 min")]
    public void Minutes_ReadsAsHoursAndMinutes(int minutes, string expected) =>
        Assert.That(Show.Minutes(minutes), Is.EqualTo(expected));

    [Test]
    public void Local_IsInTheClientsTimeZone()
    {
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

        Assert.That(Show.Local(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero), kyiv), Is.EqualTo("2026-03-02 09:00"));
    }
}
