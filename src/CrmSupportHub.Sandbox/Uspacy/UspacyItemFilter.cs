namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>One condition of a Uspacy "smart filter": a field, an operator and its values (or a from/to range).</summary>
internal sealed record UspacyItemFilter(string Field, string Operator, IReadOnlyList<long> Values, long? From, long? To)
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "created_at", "updated_at", "closed_at", "funnel_id", "kanban_stage_id", "owner",
    };

    public static readonly IReadOnlySet<string> Operators = new HashSet<string>(StringComparer.Ordinal)
    {
        "eq", "not_eq", "in", "gte-lte", "gt-lt", "gte", "lte", "gt", "lt",
    };

    public bool Matches(UspacySandboxItem item)
    {
        var value = ValueOf(item, Field);
        var first = Values.Count > 0 ? Values[0] : (long?)null;
        return Operator switch
        {
            "eq" or "in" => value is { } v && Values.Contains(v),
            "not_eq" => value is not { } w || !Values.Contains(w),
            "gte-lte" => value is { } v && (From is not { } f || v >= f) && (To is not { } t || v <= t),
            "gt-lt" => value is { } v && (From is not { } f || v > f) && (To is not { } t || v < t),
            "gte" => value >= first,
            "lte" => value <= first,
            "gt" => value > first,
            "lt" => value < first,
            _ => false,
        };
    }

    public static long? ValueOf(UspacySandboxItem item, string field) => field switch
    {
        "id" => item.Id,
        "created_at" => item.CreatedAt,
        "updated_at" => item.UpdatedAt,
        "closed_at" => item.ClosedAt,
        "funnel_id" => item.FunnelId,
        "kanban_stage_id" => item.StageId,
        "owner" => item.Owner,
        _ => null,
    };
}
