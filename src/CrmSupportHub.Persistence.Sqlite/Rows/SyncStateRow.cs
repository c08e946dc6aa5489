using CrmSupportHub.Core.Sync;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>sync_state</c> row as Dapper reads it.</summary>
internal sealed class SyncStateRow
{
    public const string Columns =
        "client_id AS ClientId, stream AS Stream, cursor AS Cursor, cursor_saved_at AS CursorSavedAt, " +
        "last_success_at AS LastSuccessAt, last_attempt_at AS LastAttemptAt, last_error AS LastError, " +
        "last_error_at AS LastErrorAt, consecutive_failures AS ConsecutiveFailures";

    public string ClientId { get; set; } = string.Empty;

    public string Stream { get; set; } = string.Empty;

    public string? Cursor { get; set; }

    public string? CursorSavedAt { get; set; }

    public string? LastSuccessAt { get; set; }

    public string? LastAttemptAt { get; set; }

    public string? LastError { get; set; }

    public string? LastErrorAt { get; set; }

    public long ConsecutiveFailures { get; set; }

    public SyncState ToSyncState() => new(
        ClientId,
        Stream,
        Cursor,
        DbText.ToInstantOrNull(CursorSavedAt),
        DbText.ToInstantOrNull(LastSuccessAt),
        DbText.ToInstantOrNull(LastAttemptAt),
        LastError,
        DbText.ToInstantOrNull(LastErrorAt),
        checked((int)ConsecutiveFailures));
}
