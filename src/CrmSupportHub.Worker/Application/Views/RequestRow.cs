using CrmSupportHub.Core.Requests;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Application.Views;

/// <summary>A request with its clocks as they stand now.</summary>
public sealed record RequestRow(
    string ClientId,
    string RequestId,
    string Title,
    StageCategory Stage,
    RequestStatus Status,
    string? AssigneeId,
    DateTimeOffset CreatedAt,
    ClockView? Reaction,
    ClockView? Resolution)
{
    /// <summary>The more urgent of the two clocks.</summary>
    public ClockUrgency Urgency => (ClockUrgency)Math.Max((int)(Reaction?.Urgency ?? ClockUrgency.None), (int)(Resolution?.Urgency ?? ClockUrgency.None));

    /// <summary>The least business time left of the open clocks (what the list sorts by).</summary>
    public TimeSpan? TimeLeft => new[] { Reaction, Resolution }.Where(c => c is { IsOpen: true }).Select(c => c!.TimeLeft).Min();
}
