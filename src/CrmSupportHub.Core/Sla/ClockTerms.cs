using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Sla;

/// <summary>A contract version's targets and milestone levels, prepared once per calculator.</summary>
internal sealed record ClockTerms(TimeSpan Target, ClockLevel[] Levels)
{
    /// <returns><see langword="null"/> when the version sets no target for the clock.</returns>
    public static ClockTerms? For(ContractVersion version, TimeSpan? target, string clientId)
    {
        if (target is not { } value)
        {
            return null;
        }

        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"Client '{clientId}': the contract version from {version.EffectiveFrom:yyyy-MM-dd} has a non-positive SLA target {value}.",
                nameof(target));
        }

        return new ClockTerms(value, ClockLevel.For(version.Terms.WarningThresholds, value));
    }
}
