namespace CrmSupportHub.Worker.Security;

public enum AnalystRole
{
    /// <summary>Reads and records work for the clients in the key's scope.</summary>
    Analyst,

    /// <summary>Everything an analyst can, for every client, plus approvals, conversions and closing.</summary>
    Admin,
}
