using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// One SLA clock of one request as of <see cref="EvaluatedAt"/>: a pure function of the request's
/// events, the contract history and the calendar, so recomputing it always gives the same answer.
/// </summary>
public sealed record SlaClock
{
    public required string ClientId { get; init; }

    public required string RequestId { get; init; }

    public required SlaClockKind Kind { get; init; }

    public required SlaClockState State { get; init; }

    /// <summary>The contract version in force on the local date the request was raised.</summary>
    public required ContractVersion Contract { get; init; }

    /// <summary>The target in business time.</summary>
    public required TimeSpan Target { get; init; }

    /// <summary>When the request was raised in the CRM.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>
    /// When the target is (or was) used up: the breach instant. For a running clock it assumes no
    /// further pause; <see langword="null"/> while paused short of the target, or when the clock stopped before it.
    /// </summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Business time counted so far (up to the stop, or to <see cref="EvaluatedAt"/>).</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Business time left before the target is used up; zero once it is.</summary>
    public TimeSpan Remaining => Elapsed < Target ? Target - Elapsed : TimeSpan.Zero;

    /// <summary>Why and when the clock stopped; <see langword="null"/> while it runs or is paused.</summary>
    public SlaStop? Stop { get; init; }

    /// <summary>Counted and paused periods from the start to the stop (or the evaluation instant).</summary>
    public required IReadOnlyList<SlaPeriod> Timeline { get; init; }

    /// <summary>Warnings and the breach, in due order: those reached, and for a running clock those still ahead.</summary>
    public required IReadOnlyList<SlaMilestone> Milestones { get; init; }

    public SlaEventKey KeyOf(SlaMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return new SlaEventKey(ClientId, RequestId, Kind, milestone.Code);
    }
}
