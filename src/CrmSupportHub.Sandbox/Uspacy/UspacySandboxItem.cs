namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>
/// An item of the sandbox's CRM entity. Times are unix seconds, as Uspacy sends them.
/// <see cref="KanbanStatus"/> is <c>IN_WORK</c>, <c>SUCCESS</c> or <c>FAIL</c>.
/// </summary>
public sealed record UspacySandboxItem(
    long Id,
    string Title,
    long FunnelId,
    long StageId,
    string KanbanStatus,
    long? Owner,
    long CreatedAt,
    long UpdatedAt,
    long? ClosedAt);
