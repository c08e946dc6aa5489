using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// What opened a period. Kept as data while events are folded and turned into text only for the
/// periods that end up in the timeline, e.g. "raised", "closed", "stage 14 (Waiting)".
/// </summary>
internal readonly record struct PeriodCause(string? Text, string? StageId, StageCategory Stage)
{
    public static PeriodCause Raised { get; } = new("raised", null, default);

    public static PeriodCause Closed { get; } = new("closed", null, default);

    public static PeriodCause Reopened { get; } = new("reopened", null, default);

    public static PeriodCause StageOf(RequestEvent e, StageCategory stage) => new(null, e.StageId, stage);

    public override string ToString() =>
        Text ?? (StageId is null ? $"stage {Stage}" : $"stage {StageId} ({Stage})");
}
