using CrmSupportHub.Connectors.KeyCrm.Mapping;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Mapping;

public sealed class KeyCrmTimeTests
{
    [Test]
    public void Between_TwoInstants_FormatsUtcWithTheSpaceAfterTheComma()
    {
        var from = new DateTimeOffset(2026, 5, 1, 12, 10, 0, TimeSpan.FromHours(3));
        var to = new DateTimeOffset(2026, 5, 1, 9, 30, 15, 500, TimeSpan.Zero);

        Assert.That(KeyCrmTime.Between(from, to), Is.EqualTo("2026-05-01 09:10:00, 2026-05-01 09:30:15"));
    }

    [TestCase("2020-05-16 17:00:07", "2020-05-16T17:00:07Z")]
    [TestCase("2020-05-16T17:00:07.000000Z", "2020-05-16T17:00:07Z")]
    [TestCase("2020-05-16T20:00:07+03:00", "2020-05-16T17:00:07Z")]
    public void Parse_KeyCrmOrIsoTime_IsUtc(string value, string expected)
    {
        Assert.That(KeyCrmTime.Parse(value), Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yesterday")]
    public void Parse_MissingOrUnreadable_IsNull(string? value)
    {
        Assert.That(KeyCrmTime.Parse(value), Is.Null);
    }
}
