namespace CrmSupportHub.Worker.Configuration;

/// <summary>
/// One entry of the <c>Clients</c> array. The connector-specific sections (<c>Connection</c>,
/// <c>Webhook</c>, <c>Settings</c>) are bound and validated by the connector itself.
/// </summary>
public sealed class ClientOptions
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Crm { get; set; }

    /// <summary>The package in force (from <see cref="ContractStart"/>), with per-client overrides below.</summary>
    public string? Package { get; set; }

    public DateOnly? ContractStart { get; set; }

    public TimeSpan? ReactionTime { get; set; }

    public TimeSpan? ResolutionTime { get; set; }

    public int? MaxUsers { get; set; }

    public decimal? MonthlyHours { get; set; }

    public decimal? RolloverShare { get; set; }

    public List<decimal>? WarningThresholds { get; set; }

    public int? HypercareDays { get; set; }

    /// <summary>Other contract versions (earlier or scheduled), each with its own date and package.</summary>
    public List<ContractOptions> ContractHistory { get; set; } = [];

    public DateOnly? GoLive { get; set; }

    public CalendarOptions Calendar { get; set; } = new();

    /// <summary>CRM user ids of the consultancy's analysts in this client's CRM: not counted as seats.</summary>
    public List<string> AnalystUserIds { get; set; } = [];

    public ReactionOptions Reaction { get; set; } = new();

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>This client's outgoing webhook for SLA warnings and breaches (else the hub's).</summary>
    public NotificationOptions Notifications { get; set; } = new();
}

/// <summary>What counts as a first reaction for this client.</summary>
public sealed class ReactionOptions
{
    public bool LeavingInitialStage { get; set; } = true;

    public bool AssignmentToAnalyst { get; set; } = true;

    public bool ManualResponse { get; set; } = true;
}
