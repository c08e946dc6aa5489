namespace CrmSupportHub.Core.Sla;

public enum SlaPeriodKind
{
    /// <summary>Business time in this period counts towards the target.</summary>
    Counted,

    /// <summary>The clock stood still (waiting for the client, or closed and later reopened).</summary>
    Paused,
}
