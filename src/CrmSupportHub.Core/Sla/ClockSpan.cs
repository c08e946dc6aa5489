namespace CrmSupportHub.Core.Sla;

/// <summary>A period as the event fold records it, before business time is measured.</summary>
internal readonly record struct ClockSpan(SlaPeriodKind Kind, DateTimeOffset Start, DateTimeOffset? End, PeriodCause Cause);
