using System.Text.Json;

namespace CrmSupportHub.Connectors.Pipedrive.Sync;

/// <summary>
/// Where a deal sync stands, stored as JSON in <see cref="SyncCursor.Value"/>. A run reads changed deals
/// (<c>changed</c> phase), then deleted ones (<c>deleted</c> phase). Each phase keeps its watermark,
/// the largest <c>update_time</c> committed; mid-phase, <see cref="PassSince"/> and <see cref="Page"/>
/// resume the interrupted query. At rest the phase is <c>changed</c> and there is no page.
/// </summary>
internal sealed record PipedriveSyncCursor(
    string Phase,
    DateTimeOffset? Changed,
    DateTimeOffset? Deleted,
    DateTimeOffset? PassSince = null,
    string? Page = null)
{
    public const string ChangedPhase = "changed";
    public const string DeletedPhase = "deleted";

    public static PipedriveSyncCursor Start { get; } = new(ChangedPhase, null, null);

    public static PipedriveSyncCursor Parse(SyncCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var parsed = JsonSerializer.Deserialize(cursor.Value, PipedriveJsonContext.Default.PipedriveSyncCursor);
            if (parsed?.Phase is ChangedPhase or DeletedPhase)
            {
                return parsed;
            }
        }
        catch (JsonException)
        {
        }

        throw new ArgumentException("The cursor is not a Pipedrive deal cursor.", nameof(cursor));
    }

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this, PipedriveJsonContext.Default.PipedriveSyncCursor));
}
