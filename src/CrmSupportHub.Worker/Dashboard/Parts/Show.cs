using System.Globalization;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>How the dashboard writes durations, hours and instants: short, invariant, in the client's time zone.</summary>
internal static class Show
{
    /// <summary>"1:02:05 left", "2 d 3:04:05 overdue": the format the countdown script writes too.</summary>
    public static string TimeLeft(TimeSpan left)
    {
        var seconds = (long)left.TotalSeconds;
        var a = Math.Abs(seconds);
        var days = a / 86_400;
        var clock = Invariant($"{a % 86_400 / 3600}:{a % 3600 / 60:D2}:{a % 60:D2}");
        return (days > 0 ? Invariant($"{days} d ") : string.Empty) + clock + (seconds < 0 ? " overdue" : " left");
    }

    /// <summary>"7 h 30 min", "45 min", "20 h"; negative amounts get a minus sign.</summary>
    public static string Minutes(int minutes)
    {
        var sign = minutes < 0 ? "−" : string.Empty;
        var a = Math.Abs((long)minutes);
        return (a / 60, a % 60) switch
        {
            (0, var m) => Invariant($"{sign}{m} min"),
            (var h, 0) => Invariant($"{sign}{h} h"),
            var (h, m) => Invariant($"{sign}{h} h {m} min"),
        };
    }

    /// <summary>A business duration such as an SLA target: "10 min", "8 h", "1 h 30 min".</summary>
    public static string Duration(TimeSpan duration) => Minutes((int)Math.Round(duration.TotalMinutes));

    public static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string LocalSeconds(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"just now", "4 min ago", "3 h ago", "2 d ago".</summary>
    public static string Ago(TimeSpan elapsed) => elapsed switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } => Invariant($"{(int)elapsed.TotalMinutes} min ago"),
        { TotalDays: < 2 } => Invariant($"{(int)elapsed.TotalHours} h ago"),
        _ => Invariant($"{(int)elapsed.TotalDays} d ago"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
