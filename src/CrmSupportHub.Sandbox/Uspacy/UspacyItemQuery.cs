using System.Collections.Specialized;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>
/// The list query of <c>/crm/v1/entities/{table}</c>: <c>page</c>, <c>list</c>, <c>sort_by[field]=asc|desc</c>
/// and smart filters in bracket notation (<c>filters[condition]</c>, <c>filters[filters][i][field|operator|values][j]</c>,
/// ranges as <c>values[0][from|to]</c>). Without a sort, the newest item comes first.
/// </summary>
internal sealed partial class UspacyItemQuery
{
    public const int DefaultPageSize = 20;

    private UspacyItemQuery(int page, int list, string sortField, bool descending, bool any, IReadOnlyList<UspacyItemFilter> filters)
    {
        Page = page;
        List = list;
        SortField = sortField;
        Descending = descending;
        Any = any;
        Filters = filters;
    }

    public int Page { get; }

    public int List { get; }

    public string SortField { get; }

    public bool Descending { get; }

    /// <summary><c>filters[condition]=or</c>: an item matches if one filter does.</summary>
    public bool Any { get; }

    public IReadOnlyList<UspacyItemFilter> Filters { get; }

    public static UspacyItemQuery? Parse(NameValueCollection query, out string? error)
    {
        error = null;
        var page = Number(query["page"], 1);
        var list = Number(query["list"], DefaultPageSize);
        if (page is null or < 1 || list is null or < 1 or > 10_000)
        {
            error = "page and list must be positive integers";
            return null;
        }

        var sortKey = query.AllKeys.OfType<string>().FirstOrDefault(k => k.StartsWith("sort_by[", StringComparison.Ordinal));
        var sortField = sortKey is null ? "id" : sortKey["sort_by[".Length..].TrimEnd(']');
        if (!UspacyItemFilter.Fields.Contains(sortField))
        {
            error = $"cannot sort by {sortField}";
            return null;
        }

        var descending = sortKey is null || !string.Equals(query[sortKey], "asc", StringComparison.OrdinalIgnoreCase);
        var filters = ParseFilters(query, out error);
        return filters is null
            ? null
            : new UspacyItemQuery(page.Value, list.Value, sortField, descending, string.Equals(query["filters[condition]"], "or", StringComparison.OrdinalIgnoreCase), filters);
    }

    /// <summary>The lower bound of an <c>updated_at</c> range filter, if any.</summary>
    public long? UpdatedFrom => Filters.FirstOrDefault(f => f.Field == "updated_at")?.From;

    /// <summary>Whether the item matches every filter but those on <c>updated_at</c>.</summary>
    public bool MatchesExceptUpdate(UspacySandboxItem item)
    {
        var others = Filters.Where(f => f.Field != "updated_at").ToList();
        return others.Count == 0 || (Any ? others.Any(f => f.Matches(item)) : others.All(f => f.Matches(item)));
    }

    /// <summary>The requested page of the matching items and how many match in all.</summary>
    public (IReadOnlyList<UspacySandboxItem> Page, int Total) Run(IEnumerable<UspacySandboxItem> items)
    {
        var matching = items.Where(i => Filters.Count == 0 || (Any ? Filters.Any(f => f.Matches(i)) : Filters.All(f => f.Matches(i))));
        var ordered = Descending
            ? matching.OrderByDescending(i => UspacyItemFilter.ValueOf(i, SortField)).ThenByDescending(i => i.Id)
            : matching.OrderBy(i => UspacyItemFilter.ValueOf(i, SortField)).ThenBy(i => i.Id);
        var all = ordered.ToList();
        return (all.Skip((Page - 1) * List).Take(List).ToList(), all.Count);
    }

    private static List<UspacyItemFilter>? ParseFilters(NameValueCollection query, out string? error)
    {
        error = null;
        var parts = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var key in query.AllKeys.OfType<string>())
        {
            var match = FilterKey().Match(key);
            if (match.Success)
            {
                var index = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
                var part = match.Groups["part"].Value;
                (parts.TryGetValue(index, out var entry) ? entry : parts[index] = [])[part] = query[key] ?? string.Empty;
            }
        }

        var filters = new List<UspacyItemFilter>();
        foreach (var (index, entry) in parts)
        {
            var field = entry.GetValueOrDefault("[field]") ?? string.Empty;
            var op = entry.GetValueOrDefault("[operator]") ?? string.Empty;
            if (!UspacyItemFilter.Fields.Contains(field) || !UspacyItemFilter.Operators.Contains(op))
            {
                error = $"filter {index}: unknown field '{field}' or operator '{op}'";
                return null;
            }

            var values = entry.Where(p => ValueKey().IsMatch(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => Number(p.Value, null)).OfType<long>().ToList();
            var from = entry.FirstOrDefault(p => p.Key.EndsWith("[from]", StringComparison.Ordinal)).Value;
            var to = entry.FirstOrDefault(p => p.Key.EndsWith("[to]", StringComparison.Ordinal)).Value;
            filters.Add(new UspacyItemFilter(field, op, values, Number(from, null), Number(to, null)));
        }

        return filters;
    }

    private static long? Number(string? text, long? fallback) =>
        string.IsNullOrEmpty(text) ? fallback
        : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Number(string? text, int fallback) =>
        string.IsNullOrEmpty(text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^filters\[filters\]\[(?<i>\d{1,3})\](?<part>\[(field|operator)\]|\[values\]\[\d{1,3}\](\[(from|to)\])?)$")]
    private static partial Regex FilterKey();

    [GeneratedRegex(@"^\[values\]\[\d{1,3}\]$")]
    private static partial Regex ValueKey();
}
