namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>Which pipeline holds the client's support requests and what its statuses mean.</summary>
public sealed class KeyCrmSettings
{
    public const int MaxPageSize = 50;

    /// <summary>The KeyCRM pipeline ("воронка") whose cards are support requests.</summary>
    public long SupportPipelineId { get; set; }

    /// <summary>Statuses of a request nobody has reacted to yet; leaving them is the first reaction.</summary>
    public List<long> InitialStatusIds { get; set; } = [];

    /// <summary>Statuses that wait for the client (SLA clocks pause).</summary>
    public List<long> WaitingStatusIds { get; set; } = [];

    /// <summary>Statuses of a finished request. Any other status counts as being worked on.</summary>
    public List<long> ClosedStatusIds { get; set; } = [];

    /// <summary>How far each poll reaches back before the last watermark, for late commits and clock skew.</summary>
    public TimeSpan SyncOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Cards and users per page; KeyCRM's maximum (50) costs the fewest requests.</summary>
    public int PageSize { get; set; } = MaxPageSize;

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (SupportPipelineId <= 0)
        {
            yield return new ConfigurationProblem("Settings:SupportPipelineId", "is required (the id of the support pipeline).");
        }

        if (InitialStatusIds.Count == 0)
        {
            yield return new ConfigurationProblem("Settings:InitialStatusIds", "needs at least one status id: leaving it is the first reaction.");
        }

        var lists = new[] { InitialStatusIds, WaitingStatusIds, ClosedStatusIds };
        foreach (var id in lists.SelectMany(l => l.Distinct()).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return new ConfigurationProblem("Settings", $"status {id} is listed in more than one of InitialStatusIds, WaitingStatusIds, ClosedStatusIds.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            yield return new ConfigurationProblem("Settings:PageSize", $"must be between 1 and {MaxPageSize} (KeyCRM's limit).");
        }

        if (SyncOverlap < TimeSpan.Zero || SyncOverlap > TimeSpan.FromDays(1))
        {
            yield return new ConfigurationProblem("Settings:SyncOverlap", "must be between 00:00:00 and 1.00:00:00.");
        }
    }
}
