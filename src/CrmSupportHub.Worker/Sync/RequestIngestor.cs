using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Sync;

/// <summary>
/// Applies requests read from a CRM (a poll page or a webhook) to the store: keeps only what is
/// newer than what is stored, derives the events, and commits snapshots, events and the page's
/// cursor in one transaction. Re-reading the same data changes nothing.
/// </summary>
internal sealed class RequestIngestor(ISupportRequestStore store, ClientLocks locks, SlaMilestoneScheduler sla, TimeProvider time)
{
    public async Task<int> ApplyAsync(
        string clientId,
        IReadOnlyList<ExternalRequest> requests,
        EventSource source,
        SyncCheckpoint? checkpoint,
        CancellationToken cancellationToken)
    {
        // A page may list a record twice (overlapping windows, moving cursors): keep the newest.
        var latest = new Dictionary<string, RequestSnapshot>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var snapshot = ToSnapshot(clientId, request);
            if (!latest.TryGetValue(request.Id, out var seen) || RequestChangeDetector.IsNewer(seen, snapshot))
            {
                latest[request.Id] = snapshot;
            }
        }

        using var clientLock = await locks.AcquireAsync(clientId, cancellationToken).ConfigureAwait(false);
        var stored = latest.Count == 0
            ? new Dictionary<string, RequestSnapshot>()
            : await store.GetSnapshotsAsync(clientId, latest.Keys, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var snapshots = new List<RequestSnapshot>();
        var events = new List<RequestEvent>();
        foreach (var snapshot in latest.Values)
        {
            var previous = stored.GetValueOrDefault(snapshot.ExternalId);
            if (!RequestChangeDetector.IsNewer(previous, snapshot))
            {
                continue;
            }

            snapshots.Add(snapshot);
            events.AddRange(RequestChangeDetector.Diff(previous, snapshot, now, source));
        }

        if (snapshots.Count > 0 || checkpoint is not null)
        {
            await store.CommitAsync(new RequestBatch(clientId, snapshots, events, checkpoint), cancellationToken).ConfigureAwait(false);
        }

        if (events.Count > 0)
        {
            sla.RequestsChanged(clientId, events.Select(e => e.RequestId).Distinct(StringComparer.Ordinal));
        }

        return snapshots.Count;
    }

    internal static RequestSnapshot ToSnapshot(string clientId, ExternalRequest r) =>
        new(clientId, r.Id, r.Title, r.StageId, r.Stage, r.AssigneeId, r.Status, r.CreatedAt, r.UpdatedAt, r.StageChangedAt);
}
