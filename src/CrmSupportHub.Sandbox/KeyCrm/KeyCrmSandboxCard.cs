namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>A pipeline card as the sandbox stores it; a deleted card is gone from the API (404).</summary>
public sealed record KeyCrmSandboxCard(
    long Id,
    string Title,
    long PipelineId,
    long StatusId,
    long? ManagerId,
    long? ContactId,
    long? SourceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset StatusChangedAt,
    bool IsDeleted = false);
