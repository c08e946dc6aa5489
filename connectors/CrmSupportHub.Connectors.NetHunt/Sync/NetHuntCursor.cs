using System.Text.Json;

namespace CrmSupportHub.Connectors.NetHunt.Sync;

/// <summary>
/// Where the request stream resumes: the newest <c>createdAt</c> read from <c>new-record</c> and
/// the newest <c>updatedAt</c> read from <c>updated-record</c>, both NetHunt's own clock.
/// </summary>
internal sealed record NetHuntCursor(DateTimeOffset Created, DateTimeOffset Updated)
{
    /// <summary>The start of a full read: NetHunt has no "all records" call, so the feeds are read from the epoch.</summary>
    public static NetHuntCursor Beginning { get; } = new(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this, NetHuntJsonContext.Default.NetHuntCursor));

    /// <summary>Reads a saved cursor; <see langword="null"/> when it is not one of ours (a full read is then the safe restart).</summary>
    public static NetHuntCursor? TryParse(SyncCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            return JsonSerializer.Deserialize(cursor.Value, NetHuntJsonContext.Default.NetHuntCursor);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
