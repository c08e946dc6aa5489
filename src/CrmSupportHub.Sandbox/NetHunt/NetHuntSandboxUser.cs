namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>A workspace user. NetHunt's API lists no users: they only show as editors in the change log.</summary>
public sealed record NetHuntSandboxUser(string Id, string Name, string Email);
