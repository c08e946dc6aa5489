using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Tests;

/// <summary>Client profiles for tests.</summary>
internal static class TestClients
{
    public static ClientProfile With(params ContractVersion[] versions) => new(
        "acme",
        "Acme",
        "Pipedrive",
        new ContractHistory(versions),
        CalendarDefinition.TwentyFourSeven("Europe/Kyiv"),
        GoLive: null,
        new HashSet<string>(["9001"]),
        ReactionRules.Default);

    public static ContractVersion Version(string from, PackageTier tier) =>
        new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), PackageCatalog.Default[tier]);
}
