namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

/// <summary>
/// The v2 deal fields the connector reads. Everything is optional because webhook payloads carry a
/// reduced field set and <c>previous</c> only the changed fields.
/// </summary>
internal sealed class PipedriveDealDto
{
    public long? Id { get; set; }

    public string? Title { get; set; }

    public long? OwnerId { get; set; }

    public long? PipelineId { get; set; }

    public long? StageId { get; set; }

    /// <summary><c>open</c>, <c>won</c>, <c>lost</c> or <c>deleted</c>.</summary>
    public string? Status { get; set; }

    public bool? IsDeleted { get; set; }

    public DateTimeOffset? AddTime { get; set; }

    public DateTimeOffset? UpdateTime { get; set; }

    public DateTimeOffset? StageChangeTime { get; set; }
}
