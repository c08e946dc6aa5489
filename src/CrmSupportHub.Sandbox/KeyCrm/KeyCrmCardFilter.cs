namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>The card list's filters: id lists for pipeline, status and source, inclusive time ranges for creation and update.</summary>
internal sealed class KeyCrmCardFilter
{
    private HashSet<long>? _pipelines;
    private HashSet<long>? _statuses;
    private HashSet<long>? _sources;
    private (DateTimeOffset From, DateTimeOffset To)? _created;
    private (DateTimeOffset From, DateTimeOffset To)? _updated;

    public static KeyCrmCardFilter? Create(IReadOnlyDictionary<string, string> filters, out string error)
    {
        error = string.Empty;
        var filter = new KeyCrmCardFilter();
        foreach (var (name, value) in filters)
        {
            var ok = name switch
            {
                "pipeline_id" => (filter._pipelines = KeyCrmListQuery.Ids(value)) is not null,
                "status_id" => (filter._statuses = KeyCrmListQuery.Ids(value)) is not null,
                "source_id" => (filter._sources = KeyCrmListQuery.Ids(value)) is not null,
                "created_between" => TryRange(value, out filter._created),
                _ => TryRange(value, out filter._updated),
            };
            if (!ok)
            {
                error = $"The filter.{name} is not valid: expected {(name.EndsWith("_between", StringComparison.Ordinal) ? "'YYYY-MM-DD HH:MM:SS, YYYY-MM-DD HH:MM:SS'" : "a comma separated list of ids")}.";
                return null;
            }
        }

        return filter;
    }

    /// <summary>The lower bound of <c>updated_between</c>, if given.</summary>
    public DateTimeOffset? UpdatedFrom => _updated?.From;

    public bool Matches(KeyCrmSandboxCard card) =>
        MatchesExceptUpdate(card) && (_updated is not { } updated || (card.UpdatedAt >= updated.From && card.UpdatedAt <= updated.To));

    public bool MatchesExceptUpdate(KeyCrmSandboxCard card) =>
        (_pipelines is null || _pipelines.Contains(card.PipelineId))
        && (_statuses is null || _statuses.Contains(card.StatusId))
        && (_sources is null || (card.SourceId is { } source && _sources.Contains(source)))
        && (_created is not { } created || (card.CreatedAt >= created.From && card.CreatedAt <= created.To));

    private static bool TryRange(string value, out (DateTimeOffset From, DateTimeOffset To)? range)
    {
        range = KeyCrmListQuery.TryParseBetween(value, out var from, out var to) ? (from, to) : null;
        return range is not null;
    }
}
