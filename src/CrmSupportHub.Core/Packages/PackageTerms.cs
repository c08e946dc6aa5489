namespace CrmSupportHub.Core.Packages;

/// <summary>
/// The numbers a package fixes. Catalog defaults come from <see cref="PackageCatalog.Default"/>;
/// every value can be overridden per client.
/// </summary>
public sealed record PackageTerms
{
    public required PackageTier Tier { get; init; }

    /// <summary>Reaction SLA in business time; <see langword="null"/> means no reaction target.</summary>
    public TimeSpan? ReactionTime { get; init; }

    /// <summary>Optional resolution target in business time; off (<see langword="null"/>) by default.</summary>
    public TimeSpan? ResolutionTime { get; init; }

    /// <summary>CRM users included; <see langword="null"/> means no limit.</summary>
    public int? MaxUsers { get; init; }

    /// <summary>Hours in the monthly bucket.</summary>
    public decimal MonthlyHours { get; init; }

    /// <summary>Share of the bucket that may roll over into the next month (0 to 1).</summary>
    public decimal RolloverShare { get; init; }

    /// <summary>Shares of the reaction target at which a warning fires, ascending, each below 1.</summary>
    public IReadOnlyList<decimal> WarningThresholds { get; init; } = [0.5m, 0.8m];

    /// <summary>Days of free hypercare after go-live.</summary>
    public int HypercareDays { get; init; } = 14;

    /// <summary>Whether each delivered change opens its own hypercare window (Large).</summary>
    public bool HypercareAfterChanges { get; init; }

    public IReadOnlyList<SessionEntitlement> Sessions { get; init; } = [];
}
