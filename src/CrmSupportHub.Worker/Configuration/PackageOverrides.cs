namespace CrmSupportHub.Worker.Configuration;

/// <summary>Numbers of a package that configuration may override; <see langword="null"/> keeps the catalog's value.</summary>
public class PackageOverrides
{
    public TimeSpan? ReactionTime { get; set; }

    public TimeSpan? ResolutionTime { get; set; }

    public int? MaxUsers { get; set; }

    public decimal? MonthlyHours { get; set; }

    public decimal? RolloverShare { get; set; }

    public List<decimal>? WarningThresholds { get; set; }

    public int? HypercareDays { get; set; }
}
