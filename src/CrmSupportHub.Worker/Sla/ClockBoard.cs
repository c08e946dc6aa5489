using System.Collections.Concurrent;
using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Sla;

/// <summary>
/// The latest computed clocks of every request, published by the milestone scheduler whenever it
/// reviews one (at start-up and on every change), so the API and dashboard read clocks from memory
/// instead of recomputing 10,000 event logs per page view.
/// </summary>
internal sealed class ClockBoard
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, RequestSlaClocks>> _byClient = new(StringComparer.Ordinal);

    public void Publish(RequestSlaClocks clocks)
    {
        ArgumentNullException.ThrowIfNull(clocks);
        _byClient.GetOrAdd(clocks.ClientId, _ => new(StringComparer.Ordinal))[clocks.RequestId] = clocks;
    }

    public void Remove(string clientId, string requestId)
    {
        if (_byClient.TryGetValue(clientId, out var requests))
        {
            requests.TryRemove(requestId, out _);
        }
    }

    public RequestSlaClocks? Find(string clientId, string requestId) =>
        _byClient.TryGetValue(clientId, out var requests) && requests.TryGetValue(requestId, out var clocks) ? clocks : null;

    public IReadOnlyCollection<RequestSlaClocks> ForClient(string clientId) =>
        _byClient.TryGetValue(clientId, out var requests) ? (IReadOnlyCollection<RequestSlaClocks>)requests.Values : [];
}
