using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>Client profiles for ledger tests: catalog packages, effective-dated.</summary>
internal static class LedgerClients
{
    public static ClientProfile Client(
        PackageTier tier = PackageTier.Medium,
        DateOnly? from = null,
        DateOnly? goLive = null,
        string timeZone = "UTC",
        params (DateOnly From, PackageTier Tier)[] changes) =>
        WithTerms(PackageCatalog.Default[tier], from, goLive, timeZone, [.. changes.Select(c => new ContractVersion(c.From, PackageCatalog.Default[c.Tier]))]);

    public static ClientProfile WithTerms(
        PackageTerms terms,
        DateOnly? from = null,
        DateOnly? goLive = null,
        string timeZone = "UTC",
        IReadOnlyList<ContractVersion>? later = null)
    {
        var versions = new List<ContractVersion> { new(from ?? new DateOnly(2026, 9, 1), terms) };
        versions.AddRange(later ?? []);
        return new ClientProfile(
            "acme",
            "Acme Ltd",
            "Pipedrive",
            new ContractHistory(versions),
            CalendarDefinition.TwentyFourSeven(timeZone),
            goLive,
            new HashSet<string>(),
            ReactionRules.Default);
    }
}
