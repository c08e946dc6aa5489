using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class SlaTextTests
{
    [TestCase(8 * 60, "8 h")]
    [TestCase((4 * 60) + 30, "4 h 30 min")]
    [TestCase(45, "45 min")]
    [TestCase(48 * 60, "48 h")]
    public void Duration_BusinessTargets_QuotedInHoursAndMinutes(int minutes, string expected) =>
        Assert.That(SlaText.Duration(TimeSpan.FromMinutes(minutes)), Is.EqualTo(expected));

    [TestCase("0.5", "50 %")]
    [TestCase("0.875", "87.5 %")]
    public void Percent_Share_InvariantPercentage(string share, string expected) =>
        Assert.That(SlaText.Percent(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
}
