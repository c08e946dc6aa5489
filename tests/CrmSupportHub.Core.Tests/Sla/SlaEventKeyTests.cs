using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class SlaEventKeyTests
{
    [Test]
    public void ToString_IdsWithSlashes_ParsesBackToSameKey()
    {
        var key = new SlaEventKey("acme/eu", "deal 42/7", SlaClockKind.Resolution, "warning-0.8");

        var text = key.ToString();

        Assert.That(text, Is.EqualTo("acme%2Feu/deal%2042%2F7/resolution/warning-0.8"));
        Assert.That(SlaEventKey.Parse(text), Is.EqualTo(key));
    }

    [TestCase("acme/1/reaction")]
    [TestCase("acme/1/timer/breach")]
    [TestCase("acme/1/reaction/")]
    public void Parse_Malformed_Throws(string text) =>
        Assert.That(() => SlaEventKey.Parse(text), Throws.InstanceOf<FormatException>());

    [Test]
    public void Code_WarningThresholdWithTrailingZeros_IsNormalised()
    {
        var milestone = new SlaMilestone(SlaMilestoneKind.Warning, 0.50m, DateTimeOffset.UnixEpoch);

        Assert.That(milestone.Code, Is.EqualTo("warning-0.5"));
    }
}
