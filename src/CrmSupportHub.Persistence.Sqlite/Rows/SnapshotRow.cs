using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>requests</c> row as Dapper reads it.</summary>
internal sealed class SnapshotRow
{
    public const string Columns =
        "client_id AS ClientId, external_id AS ExternalId, title AS Title, stage_id AS StageId, stage AS Stage, " +
        "assignee_id AS AssigneeId, status AS Status, created_at AS CreatedAt, updated_at AS UpdatedAt, " +
        "stage_changed_at AS StageChangedAt";

    public string ClientId { get; set; } = string.Empty;

    public string ExternalId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? StageId { get; set; }

    public string Stage { get; set; } = string.Empty;

    public string? AssigneeId { get; set; }

    public string Status { get; set; } = string.Empty;

    public string CreatedAt { get; set; } = string.Empty;

    public string UpdatedAt { get; set; } = string.Empty;

    public string? StageChangedAt { get; set; }

    public RequestSnapshot ToSnapshot() => new(
        ClientId,
        ExternalId,
        Title,
        StageId,
        DbText.ToEnum<StageCategory>(Stage),
        AssigneeId,
        DbText.ToEnum<RequestStatus>(Status),
        DbText.ToInstant(CreatedAt),
        DbText.ToInstant(UpdatedAt),
        DbText.ToInstantOrNull(StageChangedAt));
}
