using System.Collections.Specialized;
using System.Globalization;

namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>
/// A list call's <c>page</c>, <c>limit</c>, <c>filter[…]</c> and <c>include</c>, checked the way
/// KeyCRM checks them (Laravel validation, Spatie query builder): unknown filters and includes and a
/// limit above 50 are refused with 400.
/// </summary>
internal sealed record KeyCrmListQuery(int Page, int Limit, IReadOnlyDictionary<string, string> Filters, IReadOnlySet<string> Includes)
{
    public const int MaxLimit = 50;
    public const int DefaultLimit = 15;
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static KeyCrmListQuery? Parse(
        NameValueCollection query, IReadOnlyList<string> allowedFilters, IReadOnlyList<string> allowedIncludes, out string error)
    {
        error = string.Empty;
        if (!TryNumber(query["limit"], DefaultLimit, out var limit) || limit < 1)
        {
            error = "The limit must be an integer of at least 1.";
            return null;
        }

        if (limit > MaxLimit)
        {
            error = $"The limit may not be greater than {MaxLimit}.";
            return null;
        }

        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in query.AllKeys.OfType<string>().Where(k => k.StartsWith("filter[", StringComparison.Ordinal) && k.EndsWith(']')))
        {
            filters[key["filter[".Length..^1]] = query[key] ?? string.Empty;
        }

        var unknownFilters = filters.Keys.Where(f => !allowedFilters.Contains(f)).ToList();
        if (unknownFilters.Count > 0)
        {
            error = $"Requested filter(s) `{string.Join(", ", unknownFilters)}` are not allowed. Allowed filter(s) are `{string.Join(", ", allowedFilters)}`.";
            return null;
        }

        var includes = (query["include"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknownIncludes = includes.Where(i => !allowedIncludes.Contains(i)).ToList();
        if (unknownIncludes.Count > 0)
        {
            error = $"Requested include(s) `{string.Join(", ", unknownIncludes)}` are not allowed. Allowed include(s) are `{string.Join(", ", allowedIncludes)}`.";
            return null;
        }

        TryNumber(query["page"], 1, out var page);
        return new KeyCrmListQuery(Math.Max(page, 1), limit, filters, includes);
    }

    /// <summary>A <c>…_between</c> filter: <c>"from, to"</c> in UTC, both inclusive (the space after the comma is optional).</summary>
    public static bool TryParseBetween(string value, out DateTimeOffset from, out DateTimeOffset to)
    {
        from = to = default;
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return parts.Length == 2
            && DateTimeOffset.TryParseExact(parts[0], TimeFormat, CultureInfo.InvariantCulture, Utc, out from)
            && DateTimeOffset.TryParseExact(parts[1], TimeFormat, CultureInfo.InvariantCulture, Utc, out to);
    }

    /// <summary>A comma list of ids, as <c>filter[id]</c>, <c>filter[status_id]</c> and friends take.</summary>
    public static HashSet<long>? Ids(string value)
    {
        var ids = new HashSet<long>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    private static bool TryNumber(string? value, int fallback, out int number)
    {
        number = fallback;
        return value is null || int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }
}
