namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>Which CRM entity and funnel hold the client's support requests and what their stages mean (<c>Settings</c> section).</summary>
public sealed class UspacySettings
{
    public const int MaxPageSize = 100;

    /// <summary>The entity's table name: <c>leads</c>, <c>deals</c> or a smart object such as <c>requests</c>.</summary>
    public string EntityTable { get; set; } = string.Empty;

    /// <summary>The support funnel; items of other funnels are not support requests.</summary>
    public long FunnelId { get; set; }

    /// <summary>Stages of a request nobody has reacted to yet; any stage in no list counts as being worked on.</summary>
    public IList<long> InitialStageIds { get; set; } = [];

    /// <summary>Stages that wait for the client (SLA clocks pause).</summary>
    public IList<long> WaitingStageIds { get; set; } = [];

    /// <summary>Stages that mean done (Uspacy's own SUCCESS and FAIL stages are closed whatever their id).</summary>
    public IList<long> ClosedStageIds { get; set; } = [];

    /// <summary>Items per request (<c>list</c>); Uspacy documents no maximum, integrations stay at 100 or below.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>How far before the last watermark an incremental read starts again: timestamps are whole seconds, commits can land late.</summary>
    public TimeSpan SyncOverlap { get; set; } = TimeSpan.FromMinutes(2);
}
