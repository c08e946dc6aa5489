using System.Globalization;

namespace CrmSupportHub.Core.Sla;

/// <summary>Formatting for notification texts: invariant, short, and local to the client.</summary>
internal static class SlaText
{
    /// <summary>"8 h", "4 h 30 min", "45 min"; business durations are quoted in hours as contracts are.</summary>
    public static string Duration(TimeSpan duration)
    {
        var hours = (long)duration.TotalHours;
        var minutes = duration.Minutes;
        return (hours, minutes) switch
        {
            (0, _) => Invariant($"{minutes} min"),
            (_, 0) => Invariant($"{hours} h"),
            _ => Invariant($"{hours} h {minutes} min"),
        };
    }

    public static string Percent(decimal share) => Invariant($"{share * 100:0.##} %");

    public static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        Invariant($"{TimeZoneInfo.ConvertTime(instant, zone):yyyy-MM-dd HH:mm} ({zone.Id})");

    public static string ClockName(SlaClockKind kind) => kind == SlaClockKind.Reaction ? "reaction" : "resolution";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
