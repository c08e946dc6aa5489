namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>An entry of the folder's change log (<c>record-change</c>): who did what to which record, when.</summary>
/// <param name="RecordId">The record changed; <see langword="null"/> for a seeded user's activity that touched no support record.</param>
/// <param name="RecordAction"><c>CREATE</c>, <c>UPDATE</c> or <c>DELETE</c>.</param>
/// <param name="FieldName">The field changed by an <c>UPDATE</c>, with its values before and after.</param>
public sealed record NetHuntSandboxChange(
    string Id,
    string? RecordId,
    DateTimeOffset Time,
    NetHuntSandboxUser User,
    string RecordAction,
    string? FieldName = null,
    string? OldValue = null,
    string? NewValue = null);
