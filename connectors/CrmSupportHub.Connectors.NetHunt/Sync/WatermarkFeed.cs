using Microsoft.Extensions.Logging;

namespace CrmSupportHub.Connectors.NetHunt.Sync;

/// <summary>Calls one NetHunt feed with <c>since</c> and <c>limit</c>.</summary>
internal delegate Task<List<T>> FeedCall<T>(DateTimeOffset since, int limit, CancellationToken cancellationToken);

/// <summary>
/// Walks a NetHunt feed forward by watermark, since NetHunt has no pages: when a call returns
/// <c>limit</c> items, the next call starts just before the newest timestamp returned. Whether
/// <c>since</c> is inclusive is not documented, so each step starts 1 ms early and items already
/// returned in this walk (same id and timestamp) are dropped; when more than <c>limit</c> items
/// share that instant a full page brings nothing new, and the limit is doubled (up to NetHunt's
/// maximum) until the walk moves past it, then set back.
/// </summary>
internal sealed class WatermarkFeed<T>
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    private readonly FeedCall<T> _call;
    private readonly Func<T, string?> _id;
    private readonly Func<T, DateTimeOffset?> _stamp;
    private readonly ILogger _logger;
    private readonly string _name;
    private readonly int _pageSize;
    private readonly HashSet<(string Id, DateTimeOffset Stamp)> _seen = [];
    private DateTimeOffset _since;
    private int _limit;

    public WatermarkFeed(
        string name,
        FeedCall<T> call,
        Func<T, string?> id,
        Func<T, DateTimeOffset?> stamp,
        DateTimeOffset watermark,
        TimeSpan overlap,
        int limit,
        ILogger logger)
    {
        (_name, _call, _id, _stamp, _logger) = (name, call, id, stamp, logger);
        Watermark = watermark;
        var since = Watermarks.Minus(watermark, overlap);
        _since = since < DateTimeOffset.UnixEpoch ? DateTimeOffset.UnixEpoch : since;
        _pageSize = _limit = Math.Clamp(limit, 1, NetHuntSettings.MaxPageSize);
    }

    /// <summary>The newest timestamp read so far (never moves back).</summary>
    public DateTimeOffset Watermark { get; private set; }

    /// <summary>The feed answered with fewer than <c>limit</c> items: nothing more to read.</summary>
    public bool Done { get; private set; }

    /// <summary>Reads the next step and returns the items not returned before in this walk.</summary>
    public async Task<IReadOnlyList<T>> NextAsync(CancellationToken cancellationToken)
    {
        var items = await _call(_since, _limit, cancellationToken).ConfigureAwait(false);
        var fresh = new List<T>(items.Count);
        DateTimeOffset? newest = null;
        foreach (var item in items)
        {
            if (item is null)
            {
                continue; // a null in the array ("[null]"): nothing to read, but it still counts toward a full page
            }

            var stamp = _stamp(item);
            if (stamp > newest || newest is null)
            {
                newest = stamp;
            }

            if (_seen.Add((_id(item) ?? string.Empty, stamp ?? default)))
            {
                fresh.Add(item);
            }
        }

        if (newest > Watermark)
        {
            Watermark = newest.Value;
        }

        if (items.Count < _limit)
        {
            Done = true;
        }
        else if (newest is null)
        {
            _logger.LogWarning("NetHunt {Feed}: a full page without readable timestamps; cannot read further this run", _name);
            Done = true;
        }
        else if (fresh.Count > 0)
        {
            var next = Watermarks.Minus(newest.Value, Step);
            if (next > _since)
            {
                (_since, _limit) = (next, _pageSize); // past a crowded instant: back to the configured size
            }
        }
        else if (_limit < NetHuntSettings.MaxPageSize)
        {
            _limit = Math.Min(_limit * 2, NetHuntSettings.MaxPageSize);
        }
        else
        {
            _logger.LogWarning(
                "NetHunt {Feed}: more than {Limit} items share {Instant:O}; skipping past it (some may be missed)",
                _name, _limit, newest.Value);
            _since = Watermarks.Plus(newest.Value, Step);
        }

        return fresh;
    }

}
