namespace CrmSupportHub.Core.Sync;

/// <summary>Well-known sync stream names; a stream has its own cursor per client.</summary>
public static class SyncStreams
{
    public const string Users = "users";
    public const string Requests = "requests";
}

/// <summary>The cursor of one client's stream, saved only after the page it covers is committed.</summary>
public sealed record SyncCheckpoint(string ClientId, string Stream, string? Cursor, DateTimeOffset SavedAt);

/// <summary>A stream's cursor and health: last success, last error and how many runs failed in a row.</summary>
public sealed record SyncState(
    string ClientId,
    string Stream,
    string? Cursor,
    DateTimeOffset? CursorSavedAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastAttemptAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures);
