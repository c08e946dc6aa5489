using System.Text.RegularExpressions;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>Which CRM entity holds the client's support requests and what its stages mean.</summary>
public sealed partial class UspacySettings
{
    /// <summary>The entity's table name: <c>leads</c>, <c>deals</c> or a smart object such as <c>requests</c>.</summary>
    public string? EntityTable { get; set; }

    /// <summary>The support funnel; items of other funnels are not support requests.</summary>
    public long FunnelId { get; set; }

    public List<long> InitialStageIds { get; set; } = [];

    public List<long> WaitingStageIds { get; set; } = [];

    public List<long> ClosedStageIds { get; set; } = [];

    /// <summary>Items per page (<c>list</c>); Uspacy documents no maximum, integrations stay at 100 or below.</summary>
    public int PageSize { get; set; } = 50;

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (string.IsNullOrWhiteSpace(EntityTable) || !TableName().IsMatch(EntityTable))
        {
            yield return new("Settings:EntityTable", "is required: the entity's table name (lower-case letters, digits, '_'), e.g. requests or deals.");
        }

        if (FunnelId <= 0)
        {
            yield return new("Settings:FunnelId", "is required: the id of the support funnel.");
        }

        if (InitialStageIds.Count == 0)
        {
            yield return new("Settings:InitialStageIds", "needs at least one stage id: leaving these stages is the first reaction.");
        }

        var repeated = InitialStageIds.Concat(WaitingStageIds).Concat(ClosedStageIds)
            .GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            yield return new("Settings", $"stage ids {string.Join(", ", repeated)} appear in more than one of InitialStageIds, WaitingStageIds, ClosedStageIds.");
        }

        if (PageSize is < 1 or > 100)
        {
            yield return new("Settings:PageSize", "must be between 1 and 100.");
        }
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex TableName();
}
