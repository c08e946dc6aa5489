namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>Which deals are support requests and what their stages mean (<c>Settings</c> section).</summary>
public sealed class PipedriveSettings
{
    public const int MaxPageSize = 500;

    /// <summary>The pipeline whose deals are the client's support requests.</summary>
    public long SupportPipelineId { get; set; }

    /// <summary>Stages of a request nobody has reacted to yet; any stage in no list counts as being worked on.</summary>
    public IList<long> InitialStageIds { get; set; } = [];

    /// <summary>Stages that wait for the client (SLA clocks pause).</summary>
    public IList<long> WaitingStageIds { get; set; } = [];

    /// <summary>Stages that mean done (won and lost deals are closed whatever their stage).</summary>
    public IList<long> ClosedStageIds { get; set; } = [];

    /// <summary>Deals per request, at most 500 (Pipedrive's maximum).</summary>
    public int PageSize { get; set; } = MaxPageSize;

    /// <summary>How far before the last watermark an incremental read starts again, for late commits and clock skew.</summary>
    public TimeSpan SyncOverlap { get; set; } = TimeSpan.FromMinutes(2);
}
