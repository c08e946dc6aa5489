namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>A folder record as the sandbox stores it; <see cref="Fields"/> are keyed by display name (absent when empty).</summary>
public sealed record NetHuntSandboxRecord(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, string> Fields,
    bool IsDeleted = false);
