using System.Globalization;
using System.Text;
using static CrmSupportHub.Core.Ledger.LedgerMath;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>
/// Renders a statement as CSV, one figure per row: <c>section,item,reference,minutes,hours,value</c>.
/// Hour figures carry exact minutes and decimal hours (rounded per row); other figures use <c>value</c>.
/// </summary>
public static class StatementCsv
{
    public const string HeaderLine = "section,item,reference,minutes,hours,value";

    public static string Render(MonthlyStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var csv = new StringBuilder().Append(HeaderLine).Append('\n');
        var s = statement;
        Value(csv, "statement", "client", s.ClientId, s.ClientName);
        Value(csv, "statement", "month", null, s.Month.ToString());
        Value(csv, "statement", "status", null, s.Closed ? "closed" : "open");
        Value(csv, "statement", "package", null, s.Hours.Package.ToString());
        foreach (var change in s.PackageChanges)
        {
            Value(csv, "statement", "package_from", StatementRows.Day(change.EffectiveFrom), change.Package.ToString());
        }

        Value(csv, "sla", "met", null, Number(s.Sla.Met));
        Value(csv, "sla", "breached", null, Number(s.Sla.Breached));
        Value(csv, "sla", "open", null, Number(s.Sla.Open));
        Value(csv, "sla", "share_met", null, Number(s.Sla.ShareMet));
        Value(csv, "sla", "median_reaction_hours", null, Number(s.Sla.MedianReactionHours));
        Value(csv, "sla", "p90_reaction_hours", null, Number(s.Sla.P90ReactionHours));
        foreach (var row in StatementRows.Hours(s.Hours))
        {
            Minutes(csv, "hours", row.Key, null, row.Minutes);
        }

        StatementCsvDetails.Write(csv, s);
        return csv.ToString();
    }

    internal static void Minutes(StringBuilder csv, string section, string item, string? reference, int minutes) =>
        Row(csv, section, item, reference, Number(minutes), Number(ToHours(minutes)), null);

    internal static void Value(StringBuilder csv, string section, string item, string? reference, string? value) =>
        Row(csv, section, item, reference, null, null, value);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string? Number(decimal? value) => value?.ToString("0.00##", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            csv.Append(i == 0 ? string.Empty : ",").Append(Escape(cells[i]));
        }

        csv.Append('\n');
    }

    private static string Escape(string? cell) =>
        cell is null ? string.Empty
        : cell.AsSpan().IndexOfAny(",\"\n\r") < 0 ? cell
        : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
