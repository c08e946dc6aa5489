namespace CrmSupportHub.Core.Packages;

/// <summary>The package catalog: default terms per tier, overridable from configuration.</summary>
public sealed class PackageCatalog
{
    private readonly IReadOnlyDictionary<PackageTier, PackageTerms> _terms;

    public PackageCatalog(IReadOnlyDictionary<PackageTier, PackageTerms> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var tier in Enum.GetValues<PackageTier>())
        {
            if (!terms.ContainsKey(tier))
            {
                throw new ArgumentException($"The catalog has no terms for package '{tier}'.", nameof(terms));
            }
        }

        _terms = terms;
    }

    /// <summary>The defaults of the consultancy's price list (design.md, section 1).</summary>
    public static PackageCatalog Default { get; } = new(new Dictionary<PackageTier, PackageTerms>
    {
        [PackageTier.Start] = new()
        {
            Tier = PackageTier.Start, ReactionTime = TimeSpan.FromHours(24), MaxUsers = 10,
            MonthlyHours = 10, RolloverShare = 0m,
            Sessions = [new SessionEntitlement(SessionKind.Architecture, SessionPeriod.Quarter, 1)],
        },
        [PackageTier.Medium] = new()
        {
            Tier = PackageTier.Medium, ReactionTime = TimeSpan.FromHours(8), MaxUsers = 30,
            MonthlyHours = 20, RolloverShare = 0.5m,
            Sessions = [new SessionEntitlement(SessionKind.Architecture, SessionPeriod.Quarter, 1)],
        },
        [PackageTier.Large] = new()
        {
            Tier = PackageTier.Large, ReactionTime = TimeSpan.FromHours(4), MaxUsers = 100,
            MonthlyHours = 40, RolloverShare = 0.5m, HypercareAfterChanges = true,
            Sessions = [new SessionEntitlement(SessionKind.Roadmap, SessionPeriod.Month, 1)],
        },
        // Individual: everything is per agreement, so the configuration must say it.
        [PackageTier.Individual] = new()
        {
            Tier = PackageTier.Individual, ReactionTime = null, MaxUsers = null,
            MonthlyHours = 0, RolloverShare = 0.5m,
        },
    });

    public PackageTerms this[PackageTier tier] => _terms[tier];

    /// <summary>The smallest package whose user limit admits <paramref name="activeUsers"/> users.</summary>
    public PackageTier SmallestFitting(int activeUsers)
    {
        foreach (var tier in Enum.GetValues<PackageTier>())
        {
            var max = _terms[tier].MaxUsers;
            if (max is null || activeUsers <= max)
            {
                return tier;
            }
        }

        return PackageTier.Individual;
    }
}
