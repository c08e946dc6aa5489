namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>An account user as the sandbox stores it. <see cref="Status"/> is <c>active</c>, <c>pending</c> or <c>blocked</c>.</summary>
public sealed record KeyCrmSandboxUser(long Id, string FirstName, string LastName, string Email, string Status, DateTimeOffset CreatedAt)
{
    public string FullName => $"{FirstName} {LastName}";
}
