using System.Text.Json;

namespace CrmSupportHub.Connectors.KeyCrm.Sync;

/// <summary>
/// The request stream's position, kept by the host as opaque JSON. Between runs only
/// <see cref="Watermark"/> matters; during a run the window (<see cref="From"/>, <see cref="To"/>)
/// is fixed so that resuming at <see cref="NextPage"/> reads the same result set.
/// </summary>
/// <param name="Watermark">The newest <c>updated_at</c> of completed runs (never past their window end); null until one completes.</param>
/// <param name="From">The run's lower bound (watermark minus overlap); null for a full read.</param>
/// <param name="To">The run's upper bound: the hub's clock when the run started.</param>
/// <param name="NextPage">The page to resume at; null when no run is in progress.</param>
/// <param name="Seen">The newest <c>updated_at</c> read so far in this run.</param>
/// <param name="Total">The window's size on its first page.</param>
/// <param name="Shifted">The size changed during the run: pages moved under the reader and some cards may have been skipped.</param>
internal sealed record KeyCrmSyncCursor(
    DateTimeOffset? Watermark,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int? NextPage = null,
    DateTimeOffset? Seen = null,
    int? Total = null,
    bool Shifted = false)
{
    public static KeyCrmSyncCursor FullRead { get; } = new(Watermark: null);

    public bool InProgress => NextPage is not null && To is not null;

    /// <summary>
    /// Reads a saved cursor. One that does not parse (another connector's, a hand edit) starts a
    /// full read, which is always safe: ingestion is idempotent.
    /// </summary>
    public static KeyCrmSyncCursor Parse(SyncCursor? cursor)
    {
        if (string.IsNullOrWhiteSpace(cursor?.Value))
        {
            return FullRead;
        }

        try
        {
            return JsonSerializer.Deserialize(cursor.Value, KeyCrmJsonContext.Default.KeyCrmSyncCursor) ?? FullRead;
        }
        catch (JsonException)
        {
            return FullRead;
        }
    }

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this, KeyCrmJsonContext.Default.KeyCrmSyncCursor));
}
