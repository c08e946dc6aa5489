using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>
/// One unit of work: new snapshots, the events they produced and, optionally, the cursor of the
/// page they came from. Stores commit it in a single transaction so a cursor never passes
/// unsaved data.
/// </summary>
public sealed record RequestBatch(
    string ClientId,
    IReadOnlyList<RequestSnapshot> Snapshots,
    IReadOnlyList<RequestEvent> Events,
    SyncCheckpoint? Checkpoint = null);

/// <summary>Support requests (latest snapshot each) and their append-only event logs.</summary>
public interface ISupportRequestStore
{
    Task<IReadOnlyDictionary<string, RequestSnapshot>> GetSnapshotsAsync(
        string clientId, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task<RequestSnapshot?> GetAsync(string clientId, string externalId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RequestSnapshot>> ListAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Upserts snapshots, appends events and saves the checkpoint atomically.</summary>
    Task CommitAsync(RequestBatch batch, CancellationToken cancellationToken);

    /// <summary>Appends an event recorded in the hub (a manual response, a conversion).</summary>
    Task<RequestEvent> AppendEventAsync(RequestEvent requestEvent, CancellationToken cancellationToken);

    /// <summary>The request's events in the order they were recorded.</summary>
    Task<IReadOnlyList<RequestEvent>> GetEventsAsync(string clientId, string externalId, CancellationToken cancellationToken);

    /// <summary>Every event of the client, by request id, each request's in the order they were recorded.</summary>
    Task<IReadOnlyList<RequestEvent>> ListEventsAsync(string clientId, CancellationToken cancellationToken);
}
