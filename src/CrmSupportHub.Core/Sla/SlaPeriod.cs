using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Sla;

/// <summary>One stretch of a clock's timeline, explaining what was counted and why.</summary>
/// <param name="End">Exclusive; <see langword="null"/> while the period is still open (its business time then runs to the evaluation instant).</param>
/// <param name="BusinessTime">Business time inside the period, counted or not.</param>
/// <param name="Contract">The contract version whose terms the clock applies (the one in force when the request was raised).</param>
/// <param name="Reason">What opened the period, e.g. "raised" or "stage 14 (Waiting)".</param>
public sealed record SlaPeriod(
    SlaPeriodKind Kind,
    DateTimeOffset Start,
    DateTimeOffset? End,
    TimeSpan BusinessTime,
    ContractVersion Contract,
    string Reason);
