using System.Collections.Concurrent;

namespace CrmSupportHub.Core.Calendars;

/// <summary>
/// Splits a UTC range into segments of constant offset. TimeZoneInfo does not list its
/// transitions, so offsets are probed hourly and each change is bisected to the second (tz
/// transitions fall on whole seconds). Results are shared by every calendar of the zone.
/// </summary>
internal static class ZoneOffsets
{
    private const long ProbeStep = TimeSpan.TicksPerHour;

    private static readonly ConcurrentDictionary<(string Zone, long Start, long End), OffsetSegment[]> Cache = new();

    public static OffsetSegment[] Between(TimeZoneInfo zone, long start, long end) =>
        Cache.GetOrAdd((zone.Id, start, end), static (key, z) => Compute(z, key.Start, key.End), zone);

    private static OffsetSegment[] Compute(TimeZoneInfo zone, long start, long end)
    {
        var segments = new List<OffsetSegment>(4);
        var segmentStart = start;
        var offset = OffsetAt(zone, start);
        var probed = start;
        while (probed < end)
        {
            var next = Math.Min(probed + ProbeStep, end);
            if (OffsetAt(zone, next) == offset)
            {
                probed = next;
                continue;
            }

            var transition = FirstChange(zone, probed, next, offset);
            if (transition >= end)
            {
                break;
            }

            segments.Add(new OffsetSegment(segmentStart, transition, offset));
            segmentStart = transition;
            offset = OffsetAt(zone, transition);
            probed = transition;
        }

        segments.Add(new OffsetSegment(segmentStart, end, offset));
        return [.. segments];
    }

    /// <summary>The first whole second in (<paramref name="from"/>, <paramref name="to"/>] whose offset differs from <paramref name="offset"/>.</summary>
    private static long FirstChange(TimeZoneInfo zone, long from, long to, long offset)
    {
        var low = from / TimeSpan.TicksPerSecond;
        var high = to / TimeSpan.TicksPerSecond;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (OffsetAt(zone, middle * TimeSpan.TicksPerSecond) == offset)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high * TimeSpan.TicksPerSecond;
    }

    private static long OffsetAt(TimeZoneInfo zone, long utcTicks) =>
        zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
