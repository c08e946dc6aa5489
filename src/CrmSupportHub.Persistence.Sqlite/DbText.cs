using System.Globalization;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>
/// The text forms values take in the database. Instants are UTC with seven fractional digits
/// ("O" on a UTC <see cref="DateTime"/>: <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), so comparing the
/// text compares the instants and range queries can use indexes.
/// </summary>
internal static class DbText
{
    /// <summary>The length of every instant's text: <c>2026-01-31T23:59:59.1234567Z</c>.</summary>
    public const int InstantLength = 28;

    private const string DateFormat = "yyyy-MM-dd";

    public static string FromInstant(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static string? FromInstant(DateTimeOffset? value) => value is { } v ? FromInstant(v) : null;

    public static DateTimeOffset ToInstant(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? ToInstantOrNull(string? text) => text is null ? null : ToInstant(text);

    public static string FromDate(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ToDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Invariant text keeps a decimal's value and scale (1.50 stays 1.50), which a REAL would not.</summary>
    public static string FromDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ToDecimal(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static string FromMonth(LedgerMonth value) => value.ToString();

    public static LedgerMonth ToMonth(string text) => LedgerMonth.Parse(text);

    public static string FromEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static TEnum ToEnum<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text);

    public static TEnum? ToEnumOrNull<TEnum>(string? text)
        where TEnum : struct, Enum => text is null ? null : Enum.Parse<TEnum>(text);
}
