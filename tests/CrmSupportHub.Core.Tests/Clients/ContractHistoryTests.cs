using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Tests.Clients;

public sealed class ContractHistoryTests
{
    [Test]
    public void InForceOn_DateBetweenVersions_ReturnsEarlierVersion()
    {
        var history = new ContractHistory([TestClients.Version("2026-06-01", PackageTier.Large), TestClients.Version("2026-01-01", PackageTier.Start)]);

        Assert.Multiple(() =>
        {
            Assert.That(history.InForceOn(new DateOnly(2026, 5, 31)).Terms.Tier, Is.EqualTo(PackageTier.Start));
            Assert.That(history.InForceOn(new DateOnly(2026, 6, 1)).Terms.Tier, Is.EqualTo(PackageTier.Large));
            Assert.That(history.InForceOn(new DateOnly(2025, 1, 1)).Terms.Tier, Is.EqualTo(PackageTier.Start), "before the first version the first applies");
        });
    }

    [Test]
    public void Constructor_TwoVersionsOnOneDate_Throws()
    {
        Assert.That(
            () => new ContractHistory([TestClients.Version("2026-01-01", PackageTier.Start), TestClients.Version("2026-01-01", PackageTier.Large)]),
            Throws.ArgumentException.With.Message.Contains("2026-01-01"));
    }

    [Test]
    public void Constructor_NoVersions_Throws()
    {
        Assert.That(() => new ContractHistory([]), Throws.ArgumentException);
    }
}
