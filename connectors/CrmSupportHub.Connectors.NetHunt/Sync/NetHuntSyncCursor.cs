using System.Text.Json;

namespace CrmSupportHub.Connectors.NetHunt.Sync;

/// <summary>
/// Where the request stream resumes: the newest <c>createdAt</c> read from <c>new-record</c> and
/// the newest <c>updatedAt</c> read from <c>updated-record</c>, both NetHunt's own clock.
/// </summary>
internal sealed record NetHuntSyncCursor(DateTimeOffset Created, DateTimeOffset Updated)
{
    /// <summary>The start of a full read: NetHunt has no "all records" call, so the feeds are read from the epoch.</summary>
    public static NetHuntSyncCursor Beginning { get; } = new(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this, NetHuntJsonContext.Default.NetHuntSyncCursor));

    /// <summary>Reads a saved cursor; <see langword="null"/> when it is not one of ours (a full read is then the safe restart).</summary>
    public static NetHuntSyncCursor? TryParse(SyncCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            return JsonSerializer.Deserialize(cursor.Value, NetHuntJsonContext.Default.NetHuntSyncCursor);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
