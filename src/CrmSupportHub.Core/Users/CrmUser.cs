namespace CrmSupportHub.Core.Users;

/// <summary>A user of the client's CRM as last read, normalized across CRMs.</summary>
/// <param name="IsAnalyst">The consultancy's own analyst: never counted as a seat.</param>
public sealed record CrmUser(
    string ClientId,
    string ExternalId,
    string Name,
    string? Email,
    bool IsActive,
    bool IsAnalyst,
    DateTimeOffset SeenAt);
