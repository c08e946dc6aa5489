namespace CrmSupportHub.Worker.Security;

/// <summary>
/// One entry of <c>CrmSupportHub:Analysts</c>: an analyst's API key, kept only as its SHA-256 hash
/// (<c>sha256:&lt;hex&gt;</c>, printed by <c>keys new</c>), with a role and optionally the clients it may see.
/// </summary>
public sealed class AnalystKeyOptions
{
    public string? Name { get; set; }

    public string? KeyHash { get; set; }

    public AnalystRole Role { get; set; } = AnalystRole.Analyst;

    /// <summary>Client ids this key may see; empty means every client.</summary>
    public List<string> Clients { get; set; } = [];
}
