namespace CrmSupportHub.Persistence.Sqlite.Stores;

/// <summary>The <c>sync_state</c> writes, shared by the sync-state store and the request batch commit.</summary>
internal static class SyncStateSql
{
    /// <summary>Parameters: ClientId, Stream, Cursor, SavedAt.</summary>
    public const string SaveCursor = """
        INSERT INTO sync_state (client_id, stream, cursor, cursor_saved_at)
        VALUES (@ClientId, @Stream, @Cursor, @SavedAt)
        ON CONFLICT (client_id, stream) DO UPDATE SET
            cursor = excluded.cursor, cursor_saved_at = excluded.cursor_saved_at
        """;

    /// <summary>Parameters: ClientId, Stream, At.</summary>
    public const string RecordSuccess = """
        INSERT INTO sync_state (client_id, stream, last_success_at, last_attempt_at, consecutive_failures)
        VALUES (@ClientId, @Stream, @At, @At, 0)
        ON CONFLICT (client_id, stream) DO UPDATE SET
            last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
            consecutive_failures = 0
        """;

    /// <summary>Parameters: ClientId, Stream, At, Failure. Leaves the cursor alone.</summary>
    public const string RecordFailure = """
        INSERT INTO sync_state (client_id, stream, last_attempt_at, last_error, last_error_at, consecutive_failures)
        VALUES (@ClientId, @Stream, @At, @Failure, @At, 1)
        ON CONFLICT (client_id, stream) DO UPDATE SET
            last_attempt_at = excluded.last_attempt_at, last_error = excluded.last_error,
            last_error_at = excluded.last_error_at, consecutive_failures = sync_state.consecutive_failures + 1
        """;
}
