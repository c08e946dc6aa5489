using System.Globalization;

namespace CrmSupportHub.Connectors.KeyCrm.Mapping;

/// <summary>KeyCRM's time format: UTC without an offset, <c>YYYY-MM-DD HH:MM:SS</c>, in answers, filters and bodies.</summary>
internal static class KeyCrmTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string ToKeyCrm(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The <c>filter[…_between]</c> value; KeyCRM's own examples put a space after the comma.</summary>
    public static string Between(DateTimeOffset from, DateTimeOffset to) => $"{ToKeyCrm(from)}, {ToKeyCrm(to)}";

    /// <summary>Parses KeyCRM's format, or an ISO 8601 time (Laravel's default serialization) as a fallback.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(value.Trim(), Format, CultureInfo.InvariantCulture, Utc, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, Utc, out var iso) ? iso : null;
    }
}
