using System.Collections.Specialized;
using System.Globalization;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>The filters, order and page of <c>GET /api/v2/deals</c>, as the v2 spec documents them.</summary>
internal sealed class PipedriveDealQuery
{
    public const int MaxLimit = 500;

    private long? _pipelineId;
    private long? _stageId;
    private long? _ownerId;
    private HashSet<string> _statuses = [];
    private DateTimeOffset? _updatedSince;
    private DateTimeOffset? _updatedUntil;
    private string _sortBy = "id";
    private bool _descending;
    private int _limit = 100;
    private PipedriveKeysetCursor? _after;
    private string? _cursor;

    /// <summary>Parses the query string; on failure <paramref name="error"/> says why (the API answers 400).</summary>
    public static PipedriveDealQuery? Parse(NameValueCollection query, out string? error)
    {
        var q = new PipedriveDealQuery();
        error = null;
        if (!TryLong(query, "pipeline_id", out q._pipelineId) || !TryLong(query, "stage_id", out q._stageId)
            || !TryLong(query, "owner_id", out q._ownerId))
        {
            error = "pipeline_id, stage_id and owner_id must be integers";
        }
        else if (!TryTime(query, "updated_since", out q._updatedSince) || !TryTime(query, "updated_until", out q._updatedUntil))
        {
            error = "updated_since and updated_until must be RFC3339 date-times";
        }
        else if (!int.TryParse(query["limit"] ?? "100", CultureInfo.InvariantCulture, out q._limit) || q._limit is < 1 or > MaxLimit)
        {
            error = $"limit must be between 1 and {MaxLimit}";
        }
        else if (query["sort_by"] is { } sortBy && sortBy is not ("id" or "update_time" or "add_time"))
        {
            error = "sort_by must be id, update_time or add_time";
        }
        else if (query["sort_direction"] is { } direction && direction is not ("asc" or "desc"))
        {
            error = "sort_direction must be asc or desc";
        }

        if (error is not null)
        {
            return null;
        }

        q._sortBy = query["sort_by"] ?? "id";
        q._descending = query["sort_direction"] == "desc";
        q._statuses = [.. (query["status"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        if (query["cursor"] is { } cursor)
        {
            if (!PipedriveKeysetCursor.TryDecode(cursor, out var after) || after.Field != q._sortBy)
            {
                error = "cursor is not valid for this query";
                return null;
            }

            q._after = after;
            q._cursor = cursor;
        }

        return q;
    }

    /// <summary>How the query orders deals: its field, ascending by (value, id) as <see cref="Run"/> expects.</summary>
    public string SortField => _sortBy;

    public long SortValue(PipedriveSandboxDeal deal) => _sortBy switch
    {
        "update_time" => deal.UpdateTime.UtcTicks,
        "add_time" => deal.AddTime.UtcTicks,
        _ => deal.Id,
    };

    /// <summary>
    /// One page of the matching deals and the cursor of the next page (<see langword="null"/> at the end).
    /// An empty page (<see cref="SandboxFault.EmptyPage"/>) makes no progress: its cursor resumes where it began.
    /// </summary>
    /// <param name="sorted">Every deal, ascending by (<see cref="SortValue"/>, id).</param>
    public (IReadOnlyList<PipedriveSandboxDeal> Page, string? NextCursor) Run(PipedriveSandboxDeal[] sorted, DateTimeOffset now, SandboxFault? pageFault = null)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (pageFault == SandboxFault.EmptyPage)
        {
            return ([], _cursor ?? new PipedriveKeysetCursor(_sortBy, _descending ? long.MaxValue : long.MinValue, _descending ? "desc" : "asc", 0).Encode());
        }

        var (items, next) = Slice(sorted, now);
        var stale = sorted.Where(d => MatchesExceptTime(d, now));
        return (PageFaults.Items(pageFault, items, stale, d => d.UpdateTime, _updatedSince), next);
    }

    private (List<PipedriveSandboxDeal> Page, string? NextCursor) Slice(PipedriveSandboxDeal[] sorted, DateTimeOffset now)
    {
        var step = _descending ? -1 : 1;
        var page = new List<PipedriveSandboxDeal>(Math.Min(_limit + 1, sorted.Length));
        for (var i = Start(sorted); i >= 0 && i < sorted.Length && page.Count <= _limit; i += step)
        {
            if (Matches(sorted[i], now))
            {
                page.Add(sorted[i]);
            }
        }

        var more = page.Count > _limit;
        if (more)
        {
            page.RemoveAt(_limit);
        }

        var last = page.Count > 0 ? page[^1] : null;
        string? next = more
            ? new PipedriveKeysetCursor(_sortBy, SortValue(last!), _descending ? "desc" : "asc", last!.Id).Encode()
            : null;
        return (page, next);
    }

    /// <summary>The first index to look at: just past the cursor's row in the query's direction.</summary>
    private int Start(PipedriveSandboxDeal[] sorted)
    {
        if (_after is not { } after)
        {
            return _descending ? sorted.Length - 1 : 0;
        }

        // The number of deals at or before the cursor's (value, id), by binary search.
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var deal = sorted[middle];
            var order = SortValue(deal) != after.FieldValue ? SortValue(deal).CompareTo(after.FieldValue) : deal.Id.CompareTo(after.Id);
            if (order <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // Descending skips the cursor's own row, which sits just below `low` when it still exists.
        return _descending ? low - 1 - (low > 0 && IsAt(sorted[low - 1], after) ? 1 : 0) : low;
    }

    private bool IsAt(PipedriveSandboxDeal deal, PipedriveKeysetCursor cursor) => SortValue(deal) == cursor.FieldValue && deal.Id == cursor.Id;

    private bool Matches(PipedriveSandboxDeal deal, DateTimeOffset now) =>
        MatchesExceptTime(deal, now)
        && (_updatedSince is null || deal.UpdateTime >= _updatedSince)
        && (_updatedUntil is null || deal.UpdateTime < _updatedUntil);

    private bool MatchesExceptTime(PipedriveSandboxDeal deal, DateTimeOffset now)
    {
        // Without a status filter the API leaves deleted deals out; it keeps deleted ones for 30 days.
        var statusMatches = _statuses.Count == 0 ? !deal.IsDeleted : _statuses.Contains(deal.Status);
        return statusMatches
            && (!deal.IsDeleted || deal.UpdateTime >= now.AddDays(-30))
            && (_pipelineId is null || deal.PipelineId == _pipelineId)
            && (_stageId is null || deal.StageId == _stageId)
            && (_ownerId is null || deal.OwnerId == _ownerId);
    }

    private static bool TryLong(NameValueCollection query, string name, out long? value)
    {
        value = null;
        if (query[name] is not { } text)
        {
            return true;
        }

        var ok = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static bool TryTime(NameValueCollection query, string name, out DateTimeOffset? value)
    {
        value = null;
        if (query[name] is not { } text)
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }
}
