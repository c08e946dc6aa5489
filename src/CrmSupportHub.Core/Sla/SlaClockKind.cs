namespace CrmSupportHub.Core.Sla;

/// <summary>Which SLA a clock measures.</summary>
public enum SlaClockKind
{
    /// <summary>From the request being raised to the first reaction (the contract's SLA).</summary>
    Reaction,

    /// <summary>From the request being raised to its closing; optional per package.</summary>
    Resolution,
}
