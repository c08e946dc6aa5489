using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Cli;

/// <summary>How the commands write figures: culture-invariant, hours as exact <c>h:mm</c>.</summary>
internal static class CliText
{
    /// <summary>For <c>--json</c>: camelCase, enums by name, indented.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Hours(int minutes) => LedgerMath.FormatHours(minutes);

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Business time left, e.g. <c>3h 05m</c>, <c>-0h 40m</c> once breached; <c>-</c> when none.</summary>
    public static string TimeLeft(TimeSpan? span)
    {
        if (span is not { } value)
        {
            return "-";
        }

        var sign = value < TimeSpan.Zero ? "-" : string.Empty;
        var minutes = (long)Math.Abs(Math.Floor(value.TotalMinutes));
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes / 60}h {minutes % 60:D2}m");
    }

    /// <summary>A rough age: <c>40s</c>, <c>12m</c>, <c>3h</c>, <c>2d</c>.</summary>
    public static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => Number((int)Math.Max(0, age.TotalSeconds)) + "s",
        { TotalHours: < 1 } => Number((int)age.TotalMinutes) + "m",
        { TotalDays: < 2 } => Number((int)age.TotalHours) + "h",
        _ => Number((int)age.TotalDays) + "d",
    };

    public static string Instant(DateTimeOffset? instant) =>
        instant?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    /// <summary>What is left this month: available (bucket plus carry-in) less what was burned against it.</summary>
    public static int MinutesLeft(MonthLedger month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return month.AvailableMinutes - month.Logged.CarryInUsed - month.Logged.BucketBurn;
    }
}
