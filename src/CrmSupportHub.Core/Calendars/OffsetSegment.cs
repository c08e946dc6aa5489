namespace CrmSupportHub.Core.Calendars;

/// <summary>UTC ticks [<paramref name="Start"/>, <paramref name="End"/>) during which a zone's UTC offset is <paramref name="Offset"/> ticks.</summary>
internal readonly record struct OffsetSegment(long Start, long End, long Offset);
