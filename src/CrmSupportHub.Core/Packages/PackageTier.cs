namespace CrmSupportHub.Core.Packages;

/// <summary>The support packages the consultancy sells, smallest first.</summary>
public enum PackageTier
{
    Start,
    Medium,
    Large,
    Individual,
}
