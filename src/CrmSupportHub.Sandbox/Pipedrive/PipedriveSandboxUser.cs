namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>A company user as the sandbox stores it.</summary>
public sealed record PipedriveSandboxUser(long Id, string Name, string Email, bool ActiveFlag, bool IsDeleted, DateTimeOffset Created);
