using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class NearestRankTests
{
    [TestCase(10, 50, 5)]
    [TestCase(10, 90, 9)]
    [TestCase(10, 91, 10)]
    [TestCase(4, 50, 2)]
    [TestCase(3, 90, 3)]
    [TestCase(1, 50, 1)]
    [TestCase(1, 90, 1)]
    [TestCase(20, 100, 20)]
    [TestCase(20, 1, 1)]
    public void Percentile_ValuesOneToN_ReturnsValueAtRankCeilingOfPTimesN(int count, int percent, int expected)
    {
        var sorted = Enumerable.Range(1, count).Select(i => TimeSpan.FromHours(i)).ToList();

        Assert.That(NearestRank.Percentile(sorted, percent), Is.EqualTo(TimeSpan.FromHours(expected)));
    }

    [Test]
    public void Percentile_Empty_Throws() =>
        Assert.That(() => NearestRank.Percentile([], 50), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
