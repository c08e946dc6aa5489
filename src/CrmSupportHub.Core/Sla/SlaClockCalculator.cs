using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Derives a request's SLA clocks from its event log, the client's contract history and business
/// calendar. Pure: the same events, contract and <c>now</c> always give the same clocks, so a
/// contract or calendar change is applied by recomputing. Thread-safe.
/// </summary>
public sealed class SlaClockCalculator
{
    private readonly ClientProfile _client;
    private readonly BusinessCalendar _calendar;
    private readonly Dictionary<ContractVersion, (ClockTerms? Reaction, ClockTerms? Resolution)> _terms;

    /// <param name="calendar">The client's calendar, built once from <see cref="ClientProfile.Calendar"/> and reused.</param>
    /// <exception cref="ArgumentException">A contract version has a zero or negative target.</exception>
    public SlaClockCalculator(ClientProfile client, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(calendar);
        _client = client;
        _calendar = calendar;
        // InForceOn hands back the history's own instances, so lookups go by reference.
        _terms = new Dictionary<ContractVersion, (ClockTerms?, ClockTerms?)>(ReferenceEqualityComparer.Instance);
        foreach (var v in client.Contract.Versions)
        {
            _terms[v] = (ClockTerms.For(v, v.Terms.ReactionTime, client.Id), ClockTerms.For(v, v.Terms.ResolutionTime, client.Id));
        }
    }

    public static SlaClockCalculator For(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new SlaClockCalculator(client, BusinessCalendar.Create(client.Calendar));
    }

    /// <summary>
    /// The request's clocks as of <paramref name="now"/>, from the events that occurred by then;
    /// both are <see langword="null"/> until its Created event has occurred.
    /// </summary>
    /// <param name="events">One request's events, in any order.</param>
    public RequestSlaClocks Compute(IEnumerable<RequestEvent> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ordered = RequestEventOrder.Until(events, now);
        var created = Array.FindIndex(ordered, e => e.Kind == RequestEventKind.Created);
        if (created < 0)
        {
            var any = events.FirstOrDefault() ?? throw new ArgumentException("A request has at least one event.", nameof(events));
            return new RequestSlaClocks(any.ClientId, any.RequestId, null, null);
        }

        var raised = ordered[created];
        Validate(ordered, raised);

        var fromCreation = CreatedFirst(ordered, created);
        var contract = _client.Contract.InForceOn(_calendar.LocalDate(raised.OccurredAt));
        var (reactionTerms, resolutionTerms) = _terms[contract];
        var reaction = reactionTerms is null
            ? null
            : Evaluate(SlaClockKind.Reaction, raised, contract, reactionTerms, ReactionClockRules.Trace(fromCreation, _client), now);
        var resolution = resolutionTerms is null
            ? null
            : Evaluate(SlaClockKind.Resolution, raised, contract, resolutionTerms, ResolutionClockRules.Trace(fromCreation), now);
        return new RequestSlaClocks(raised.ClientId, raised.RequestId, reaction, resolution);
    }

    /// <summary>
    /// Moves the Created event to the front: events stamped before it (clock skew between CRM
    /// fields) are taken as happening at creation, in their own order.
    /// </summary>
    private static RequestEvent[] CreatedFirst(RequestEvent[] ordered, int created)
    {
        if (created > 0)
        {
            var raised = ordered[created];
            Array.Copy(ordered, 0, ordered, 1, created);
            ordered[0] = raised;
        }

        return ordered;
    }

    private SlaClock Evaluate(SlaClockKind kind, RequestEvent raised, ContractVersion contract, ClockTerms terms, ClockRecorder recorder, DateTimeOffset now) =>
        ClockEvaluator.Evaluate(kind, raised.ClientId, raised.RequestId, contract, terms, recorder, _calendar, raised.OccurredAt, now);

    private void Validate(RequestEvent[] ordered, RequestEvent raised)
    {
        if (raised.ClientId != _client.Id)
        {
            throw new ArgumentException($"The events belong to client '{raised.ClientId}', not '{_client.Id}'.", nameof(ordered));
        }

        foreach (var e in ordered)
        {
            if (e.RequestId != raised.RequestId || e.ClientId != raised.ClientId)
            {
                throw new ArgumentException($"Events of '{e.ClientId}/{e.RequestId}' mixed with '{raised.ClientId}/{raised.RequestId}'.", nameof(ordered));
            }
        }
    }
}
