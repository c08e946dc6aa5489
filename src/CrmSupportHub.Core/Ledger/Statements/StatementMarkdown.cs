using System.Globalization;
using System.Text;
using CrmSupportHub.Core.Users;
using static CrmSupportHub.Core.Ledger.LedgerMath;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>Renders a statement as Markdown. Hours are shown as exact <c>h:mm</c> so the table adds up.</summary>
public static class StatementMarkdown
{
    public static string Render(MonthlyStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var md = new StringBuilder();
        Header(md, statement);
        Sla(md, statement.Sla);
        Hours(md, statement);
        Seats(md, statement);
        Sessions(md, statement);
        return md.ToString();
    }

    private static void Header(StringBuilder md, MonthlyStatement s)
    {
        Line(md, $"# Statement {s.Month}: {s.ClientName}");
        Line(md);
        var status = s.Closed ? "closed" : "open, figures may still change";
        Line(md, $"Client `{s.ClientId}`, package {s.Hours.Package}, {status}. Times in {s.TimeZoneId}; generated {StatementRows.LocalTime(s.GeneratedAt, s.TimeZoneId)}.");
        foreach (var change in s.PackageChanges)
        {
            Line(md, $"Package {change.Package} from {StatementRows.Day(change.EffectiveFrom)}: its SLA and seat limit apply at once, its bucket from {s.Month.Following()}.");
        }

        Line(md);
    }

    private static void Sla(StringBuilder md, SlaComplianceSummary sla)
    {
        Line(md, $"## SLA compliance");
        Line(md);
        Line(md, $"| Met | Breached | Open | Met share | Median reaction | P90 reaction |");
        Line(md, $"|---:|---:|---:|---:|---:|---:|");
        Line(md, $"| {sla.Met} | {sla.Breached} | {sla.Open} | {sla.ShareMet * 100m:0.0} % | {Hours(sla.MedianReactionHours)} | {Hours(sla.P90ReactionHours)} |");
        Line(md);
    }

    private static void Hours(StringBuilder md, MonthlyStatement s)
    {
        Line(md, $"## Hours");
        Line(md);
        Line(md, $"| Item | h:mm |");
        Line(md, $"|---|---:|");
        foreach (var row in StatementRows.Hours(s.Hours))
        {
            var (label, value) = row.IsTotal ? ($"**{row.Label}**", $"**{FormatHours(row.Minutes)}**") : (row.Label, FormatHours(row.Minutes));
            Line(md, $"| {label} | {value} |");
        }

        Line(md);
        Line(md, $"{StatementRows.Identity}");
        Line(md);
        StatementMarkdownDetails.Write(md, s);
    }

    private static void Seats(StringBuilder md, MonthlyStatement s)
    {
        Line(md, $"## Seats");
        Line(md);
        if (s.Seats.Peak is null || s.Seats.Last is null)
        {
            Line(md, $"No seat count this month.");
            Line(md);
            return;
        }

        Line(md, $"| | Active users | Limit | Counted | Basis |");
        Line(md, $"|---|---:|---:|---|---|");
        foreach (var (label, figure) in new[] { ("Peak", s.Seats.Peak), ("Last", s.Seats.Last) })
        {
            var basis = figure.Basis switch
            {
                SeatCountBasis.Counted => "counted",
                SeatCountBasis.Estimated => "estimated",
                _ => "configured, not counted (estimate)",
            };
            var limit = figure.Limit?.ToString(CultureInfo.InvariantCulture) ?? "none";
            var flag = figure.AtOrOverLimit ? " (at or over the limit)" : string.Empty;
            Line(md, $"| {label} | {figure.ActiveUsers}{flag} | {limit} | {StatementRows.LocalTime(figure.CountedAt, s.TimeZoneId)} | {basis} |");
        }

        Line(md);
    }

    private static void Sessions(StringBuilder md, MonthlyStatement s)
    {
        Line(md, $"## Sessions");
        Line(md);
        if (s.Sessions.Count == 0)
        {
            Line(md, $"No sessions included.");
            return;
        }

        Line(md, $"| Session | Period | Entitled | Used | Remaining |");
        Line(md, $"|---|---|---:|---:|---:|");
        foreach (var u in s.Sessions)
        {
            Line(md, $"| {u.Kind} | {StatementRows.Day(u.PeriodStart)} to {StatementRows.Day(u.PeriodEnd)} | {u.Entitled} | {u.Used} | {u.Remaining} |");
        }
    }

    private static string Hours(decimal? hours) =>
        hours is { } h ? string.Create(CultureInfo.InvariantCulture, $"{h:0.00} h") : "n/a";

    /// <summary>Free text in a table cell: a pipe or a line break would break the table.</summary>
    internal static string Cell(string? text) =>
        text is null ? string.Empty : text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    internal static void Line(StringBuilder md, FormattableString? text = null) =>
        md.Append(text?.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
