using System.Collections.Specialized;
using System.Globalization;

namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>
/// <c>since</c> and <c>limit</c> of a NetHunt feed: the oldest <c>limit</c> items stamped after
/// <c>since</c>, answered newest first (the order Zapier and Pipedream see), so a client that
/// moves <c>since</c> to the newest stamp of a full answer reads everything.
/// </summary>
internal sealed record NetHuntFeedQuery(DateTimeOffset Since, int Limit)
{
    private const int DefaultLimit = 20;

    public static NetHuntFeedQuery? Parse(NameValueCollection query, int maxLimit, out string? error)
    {
        error = null;
        if (!DateTimeOffset.TryParse(
                query["since"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since))
        {
            error = "'since' must be an ISO-8601 timestamp.";
            return null;
        }

        var limit = DefaultLimit;
        if (query["limit"] is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            error = "'limit' must be a positive integer.";
            return null;
        }

        return new NetHuntFeedQuery(since, Math.Min(limit, maxLimit));
    }

    public IReadOnlyList<T> Run<T>(IEnumerable<T> items, Func<T, DateTimeOffset> stamp, Func<T, string> id, bool inclusive) =>
        [.. items
            .Where(i => inclusive ? stamp(i) >= Since : stamp(i) > Since)
            .OrderBy(stamp).ThenBy(id, StringComparer.Ordinal)
            .Take(Limit)
            .Reverse()];
}
