using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Sessions of one kind in the period containing a date: entitled, used, remaining. Unused ones do not roll over.</summary>
public sealed record SessionUsage(
    SessionKind Kind,
    SessionPeriod Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Entitled,
    int Used)
{
    public int Remaining => Math.Max(0, Entitled - Used);

    /// <summary>Sessions held beyond the entitlement (e.g. a kind the package does not include).</summary>
    public int BeyondEntitlement => Math.Max(0, Used - Entitled);
}
