using System.Globalization;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Core.Ledger;

/// <summary>A calendar month of a client's ledger, in the client's time zone. Written as <c>yyyy-MM</c>.</summary>
[JsonConverter(typeof(LedgerMonthJsonConverter))]
public readonly record struct LedgerMonth : IComparable<LedgerMonth>
{
    public LedgerMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static LedgerMonth Of(DateOnly date) => new(date.Year, date.Month);

    public LedgerMonth Following() => Of(FirstDay.AddMonths(1));

    public LedgerMonth Preceding() => Of(FirstDay.AddMonths(-1));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public static LedgerMonth Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Of(date)
            : throw new FormatException($"'{text}' is not a month (yyyy-MM).");
    }

    public static bool TryParse(string? text, out LedgerMonth month)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        month = ok ? Of(date) : default;
        return ok;
    }

    public int CompareTo(LedgerMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(LedgerMonth left, LedgerMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(LedgerMonth left, LedgerMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(LedgerMonth left, LedgerMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LedgerMonth left, LedgerMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
