namespace CrmSupportHub.Core.Requests;

/// <summary>
/// The latest known state of a client's support request, normalized across CRMs. Times are the
/// CRM's own: <see cref="CreatedAt"/> is when the client raised it, not when the hub saw it.
/// </summary>
public sealed record RequestSnapshot(
    string ClientId,
    string ExternalId,
    string Title,
    string? StageId,
    StageCategory Stage,
    string? AssigneeId,
    RequestStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StageChangedAt = null);
