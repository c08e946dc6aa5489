namespace CrmSupportHub.Core.Packages;

/// <summary>What kind of included session a package grants.</summary>
public enum SessionKind
{
    Architecture,
    Roadmap,
}

/// <summary>The period an entitlement renews in; unused sessions do not roll over.</summary>
public enum SessionPeriod
{
    Month,
    Quarter,
}

/// <summary><paramref name="Count"/> sessions of <paramref name="Kind"/> per <paramref name="Period"/>.</summary>
public sealed record SessionEntitlement(SessionKind Kind, SessionPeriod Period, int Count);
