using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Worker.Sync;

namespace CrmSupportHub.Worker.Webhooks;

/// <summary>
/// Groups the request versions that a batch of one client's webhook deliveries carries into
/// rounds that can each be ingested at once: a round holds at most one version of a request, and
/// a request's later versions go into later rounds, so every intermediate stage still becomes its
/// own event (the moment a request left its first stage is the reaction). A version that is not
/// newer than the one before it in the batch is left out, because ingesting it after that one
/// changes nothing. CRMs send bursts about the same record (Pipedrive sends the same deal for
/// every field changed); these then cost one ingest instead of one each.
/// </summary>
internal static class DeliveryRounds
{
    public static IReadOnlyList<IReadOnlyList<ExternalRequest>> Split(string clientId, IEnumerable<ExternalRequest> versionsInArrivalOrder)
    {
        ArgumentNullException.ThrowIfNull(versionsInArrivalOrder);
        var rounds = new List<Dictionary<string, ExternalRequest>>();
        var latest = new Dictionary<string, (RequestSnapshot Snapshot, int Round)>(StringComparer.Ordinal);
        foreach (var version in versionsInArrivalOrder)
        {
            var snapshot = RequestIngestor.ToSnapshot(clientId, version);
            var round = 0;
            if (latest.TryGetValue(version.Id, out var before))
            {
                if (!RequestChangeDetector.IsNewer(before.Snapshot, snapshot))
                {
                    continue;
                }

                round = before.Round + 1;
            }

            if (round == rounds.Count)
            {
                rounds.Add(new Dictionary<string, ExternalRequest>(StringComparer.Ordinal));
            }

            rounds[round][version.Id] = version;
            latest[version.Id] = (snapshot, round);
        }

        return [.. rounds.Select(r => (IReadOnlyList<ExternalRequest>)[.. r.Values])];
    }
}
