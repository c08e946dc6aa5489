using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors;

/// <summary>
/// A support request as the CRM has it, with its stage already mapped through the client's
/// settings. Times are the CRM's, in UTC.
/// </summary>
public sealed record ExternalRequest(
    string Id,
    string Title,
    string? StageId,
    StageCategory Stage,
    string? AssigneeId,
    RequestStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StageChangedAt = null);
