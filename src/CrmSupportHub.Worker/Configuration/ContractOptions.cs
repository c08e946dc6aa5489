namespace CrmSupportHub.Worker.Configuration;

/// <summary>One version of a client's contract: a package and its overrides, in force from a date.</summary>
public sealed class ContractOptions : PackageOverrides
{
    public DateOnly? EffectiveFrom { get; set; }

    public string? Package { get; set; }
}
