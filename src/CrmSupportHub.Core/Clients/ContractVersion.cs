using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Clients;

/// <summary>The terms in force from <paramref name="EffectiveFrom"/> (a date in the client's time zone) until the next version.</summary>
public sealed record ContractVersion(DateOnly EffectiveFrom, PackageTerms Terms);
