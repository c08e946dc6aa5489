using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Puts a request's events in the order they happened in the CRM. The order is total, so the
/// clocks do not depend on the order the store returned events in.
/// </summary>
internal static class RequestEventOrder
{
    /// <summary>The events that occurred by <paramref name="now"/>, in order.</summary>
    public static RequestEvent[] Until(IEnumerable<RequestEvent> events, DateTimeOffset now)
    {
        var list = new List<RequestEvent>(events is IReadOnlyCollection<RequestEvent> c ? c.Count : 8);
        foreach (var e in events)
        {
            if (e.OccurredAt <= now)
            {
                list.Add(e);
            }
        }

        var ordered = list.ToArray();
        Array.Sort(ordered, Compare);
        return ordered;
    }

    private static int Compare(RequestEvent x, RequestEvent y)
    {
        var order = x.OccurredAt.UtcTicks.CompareTo(y.OccurredAt.UtcTicks);
        if (order == 0)
        {
            order = x.Sequence.CompareTo(y.Sequence);
        }

        if (order == 0)
        {
            order = x.RecordedAt.UtcTicks.CompareTo(y.RecordedAt.UtcTicks);
        }

        if (order == 0)
        {
            order = x.Kind.CompareTo(y.Kind);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.StageId, y.StageId);
        }

        return order != 0 ? order : string.CompareOrdinal(x.AssigneeId, y.AssigneeId);
    }
}
