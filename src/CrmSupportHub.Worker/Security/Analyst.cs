using System.Security.Claims;

namespace CrmSupportHub.Worker.Security;

/// <summary>An authenticated analyst: who, with which role, seeing which clients.</summary>
public sealed record Analyst(string Name, AnalystRole Role, IReadOnlySet<string>? Clients)
{
    public const string RoleClaim = ClaimTypes.Role;
    public const string ClientClaim = "crm-support-hub/client";

    public bool IsAdmin => Role == AnalystRole.Admin;

    /// <summary>Whether this analyst may see (and act for) the client.</summary>
    public bool MaySee(string clientId) => IsAdmin || Clients is null || Clients.Contains(clientId);

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Name), new(RoleClaim, Role.ToString()) };
        claims.AddRange((Clients ?? new HashSet<string>()).Select(c => new Claim(ClientClaim, c)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Analyst? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name }
            || !Enum.TryParse<AnalystRole>(principal.FindFirstValue(RoleClaim), out var role))
        {
            return null;
        }

        var clients = principal.FindAll(ClientClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Analyst(name, role, clients.Count == 0 ? null : clients);
    }
}
