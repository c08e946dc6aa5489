using System.Globalization;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Whole minutes are the ledger's unit; hours are decimal and only for input and display.</summary>
public static class LedgerMath
{
    /// <summary>Hours to whole minutes, rounding down so a cap or an approval is never exceeded.</summary>
    public static int ToMinutes(decimal hours) => (int)decimal.Floor(hours * 60m);

    /// <summary>Minutes as decimal hours rounded to two places (for display: per-line rounding need not add up).</summary>
    public static decimal ToHours(int minutes) => Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Minutes as <c>h:mm</c>, which is exact, so shown figures add up.</summary>
    public static string FormatHours(int minutes)
    {
        var sign = minutes < 0 ? "-" : string.Empty;
        var abs = Math.Abs((long)minutes);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 60}:{abs % 60:D2}");
    }
}
