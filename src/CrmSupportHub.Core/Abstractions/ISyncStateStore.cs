using CrmSupportHub.Core.Sync;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>Cursor and health per client and stream.</summary>
public interface ISyncStateStore
{
    Task<SyncState?> GetAsync(string clientId, string stream, CancellationToken cancellationToken);

    Task<IReadOnlyList<SyncState>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Saves a cursor on its own (streams whose data is committed elsewhere).</summary>
    Task SaveCursorAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken);

    Task RecordSuccessAsync(string clientId, string stream, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed run; the cursor is left as it was.</summary>
    Task RecordFailureAsync(string clientId, string stream, DateTimeOffset at, string failure, CancellationToken cancellationToken);
}
