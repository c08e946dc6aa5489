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

    /// <summary>
    /// One page of the matching deals and the cursor of the next page (<see langword="null"/> at the end).
    /// An empty page (<see cref="SandboxFault.EmptyPage"/>) makes no progress: its cursor resumes where it began.
    /// </summary>
    public (IReadOnlyList<PipedriveSandboxDeal> Page, string? NextCursor) Run(
        IEnumerable<PipedriveSandboxDeal> deals, DateTimeOffset now, SandboxFault? pageFault = null)
    {
        var all = deals as IReadOnlyCollection<PipedriveSandboxDeal> ?? [.. deals];
        if (pageFault == SandboxFault.EmptyPage)
        {
            return ([], _cursor ?? new PipedriveKeysetCursor(_sortBy, _descending ? long.MaxValue : long.MinValue, _descending ? "desc" : "asc", 0).Encode());
        }

        var (items, next) = Slice(all, now);
        var stale = all.Where(d => MatchesExceptTime(d, now));
        return (PageFaults.Items(pageFault, items, stale, d => d.UpdateTime, _updatedSince), next);
    }

    private (List<PipedriveSandboxDeal> Page, string? NextCursor) Slice(IEnumerable<PipedriveSandboxDeal> deals, DateTimeOffset now)
    {
        var rows = deals.Where(d => Matches(d, now)).Select(d => (Key: SortValue(d), Deal: d));
        rows = _descending
            ? rows.OrderByDescending(r => r.Key).ThenByDescending(r => r.Deal.Id)
            : rows.OrderBy(r => r.Key).ThenBy(r => r.Deal.Id);
        if (_after is { } after)
        {
            rows = rows.Where(r => Compare(r.Key, r.Deal.Id, after) > 0);
        }

        var page = rows.Take(_limit + 1).ToList();
        var more = page.Count > _limit;
        var items = page.Take(_limit).Select(r => r.Deal).ToList();
        string? next = more
            ? new PipedriveKeysetCursor(_sortBy, page[_limit - 1].Key, _descending ? "desc" : "asc", page[_limit - 1].Deal.Id).Encode()
            : null;
        return (items, next);
    }

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

    private long SortValue(PipedriveSandboxDeal deal) => _sortBy switch
    {
        "update_time" => deal.UpdateTime.UtcTicks,
        "add_time" => deal.AddTime.UtcTicks,
        _ => deal.Id,
    };

    private int Compare(long key, long id, PipedriveKeysetCursor after)
    {
        var order = key != after.FieldValue ? key.CompareTo(after.FieldValue) : id.CompareTo(after.Id);
        return _descending ? -order : order;
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
