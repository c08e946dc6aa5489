namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>A deal as the sandbox stores it. <see cref="Status"/> is <c>open</c>, <c>won</c>, <c>lost</c> or <c>deleted</c>.</summary>
public sealed record PipedriveSandboxDeal(
    long Id,
    string Title,
    long PipelineId,
    long StageId,
    long? OwnerId,
    string Status,
    DateTimeOffset AddTime,
    DateTimeOffset UpdateTime,
    DateTimeOffset StageChangeTime)
{
    public bool IsDeleted => Status == "deleted";

    public DateTimeOffset? CloseTime => Status is "won" or "lost" ? UpdateTime : null;
}
