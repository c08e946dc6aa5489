namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>A portal user. <see cref="Registered"/> is false while an invitation is pending.</summary>
public sealed record UspacySandboxUser(
    long Id,
    string FirstName,
    string LastName,
    string Email,
    bool Active,
    bool Registered,
    bool ExternalUser,
    IReadOnlyList<string> Roles);
