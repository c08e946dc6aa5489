using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Sla;

/// <summary>Computes requests' SLA clocks from the stored event log, as of now.</summary>
internal sealed class ClockReader(ISupportRequestStore requests, SlaCalculators calculators, TimeProvider time)
{
    /// <summary>The request's clocks, or <see langword="null"/> when it has no events.</summary>
    public async Task<RequestSlaClocks?> ForRequestAsync(string clientId, string requestId, CancellationToken cancellationToken)
    {
        var events = await requests.GetEventsAsync(clientId, requestId, cancellationToken).ConfigureAwait(false);
        return events.Count == 0 ? null : calculators.For(clientId).Compute(events, time.GetUtcNow());
    }

    /// <summary>The clocks of every request of the client that has events, evaluated at one instant.</summary>
    public async Task<IReadOnlyList<RequestSlaClocks>> ForClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var events = await requests.ListEventsAsync(clientId, cancellationToken).ConfigureAwait(false);
        var calculator = calculators.For(clientId);
        var now = time.GetUtcNow();
        return [.. events.GroupBy(e => e.RequestId, StringComparer.Ordinal).Select(g => calculator.Compute(g, now))];
    }
}
