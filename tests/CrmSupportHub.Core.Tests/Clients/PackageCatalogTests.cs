using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Tests.Clients;

public sealed class PackageCatalogTests
{
    [TestCase(PackageTier.Start, 24, 10, 0.0)]
    [TestCase(PackageTier.Medium, 8, 30, 0.5)]
    [TestCase(PackageTier.Large, 4, 100, 0.5)]
    public void Default_MatchesPriceList(PackageTier tier, int reactionHours, int maxUsers, double rollover)
    {
        var terms = PackageCatalog.Default[tier];

        Assert.Multiple(() =>
        {
            Assert.That(terms.ReactionTime, Is.EqualTo(TimeSpan.FromHours(reactionHours)));
            Assert.That(terms.MaxUsers, Is.EqualTo(maxUsers));
            Assert.That(terms.RolloverShare, Is.EqualTo((decimal)rollover));
            Assert.That(terms.WarningThresholds, Is.EqualTo(new[] { 0.5m, 0.8m }));
        });
    }

    [Test]
    public void Default_Individual_HasNoUserLimit()
    {
        Assert.That(PackageCatalog.Default[PackageTier.Individual].MaxUsers, Is.Null);
    }

    [TestCase(0, PackageTier.Start)]
    [TestCase(10, PackageTier.Start)]
    [TestCase(11, PackageTier.Medium)]
    [TestCase(30, PackageTier.Medium)]
    [TestCase(31, PackageTier.Large)]
    [TestCase(100, PackageTier.Large)]
    [TestCase(101, PackageTier.Individual)]
    public void SmallestFitting_ReturnsSmallestPackageAdmittingCount(int users, PackageTier expected)
    {
        Assert.That(PackageCatalog.Default.SmallestFitting(users), Is.EqualTo(expected));
    }
}
