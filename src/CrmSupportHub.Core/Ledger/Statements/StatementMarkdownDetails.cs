using System.Text;
using static CrmSupportHub.Core.Ledger.LedgerMath;
using static CrmSupportHub.Core.Ledger.Statements.StatementMarkdown;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>The detail tables under the hours: approvals, unapproved entries, adjustments, mini-projects (only when there are any).</summary>
internal static class StatementMarkdownDetails
{
    public static void Write(StringBuilder md, MonthlyStatement s)
    {
        var hours = s.Hours;
        if (hours.Approvals.Count > 0)
        {
            Line(md, $"### Overage approvals");
            Line(md);
            Line(md, $"| Approved by | Approved at | Reference | Approved | In advance | Retroactively | Unused | |");
            Line(md, $"|---|---|---|---:|---:|---:|---:|---|");
            foreach (var use in hours.Approvals)
            {
                var a = use.Approval;
                var note = use.GivenAfterOverage ? "given after unapproved overage was logged" : string.Empty;
                Line(md, $"| {Cell(a.ApprovedBy)} | {StatementRows.LocalTime(a.ApprovedAt, s.TimeZoneId)} | {Cell(a.Reference)} | {FormatHours(ToMinutes(a.Hours))} | {FormatHours(use.InAdvanceMinutes)} | {FormatHours(use.RetroactiveMinutes)} | {FormatHours(use.UnusedMinutes)} | {note} |");
            }

            Line(md);
        }

        if (hours.UnapprovedEntries.Count > 0)
        {
            Line(md, $"### Unapproved overage by entry");
            Line(md);
            Line(md, $"| Entry | Recorded at | h:mm |");
            Line(md, $"|---|---|---:|");
            foreach (var e in hours.UnapprovedEntries)
            {
                Line(md, $"| #{e.EntryId} | {StatementRows.LocalTime(e.RecordedAt, s.TimeZoneId)} | {FormatHours(e.Minutes)} |");
            }

            Line(md);
        }

        if (hours.Adjustments.Count > 0)
        {
            Line(md, $"### Adjustments for closed months");
            Line(md);
            Line(md, $"| Entry | Corrects | Dated | Kind | Request | h:mm | Note |");
            Line(md, $"|---|---|---|---|---|---:|---|");
            foreach (var a in hours.Adjustments)
            {
                var corrects = a.Corrects is { } id ? $"#{id}" : string.Empty;
                Line(md, $"| #{a.EntryId} | {corrects} | {StatementRows.Day(a.Date)} | {a.Kind} | {Cell(a.RequestId)} | {FormatHours(a.Minutes)} | {Cell(a.Note)} |");
            }

            Line(md);
        }

        if (s.MiniProjects.Count > 0)
        {
            Line(md, $"### Mini-projects");
            Line(md);
            Line(md, $"| Request | Estimate | This month | To date | Remaining |");
            Line(md, $"|---|---:|---:|---:|---:|");
            foreach (var p in s.MiniProjects)
            {
                Line(md, $"| {Cell(p.RequestId)} | {FormatHours(p.EstimateMinutes)} | {FormatHours(p.MonthMinutes)} | {FormatHours(p.ToDateMinutes)} | {FormatHours(p.RemainingMinutes)} |");
            }

            Line(md);
        }
    }
}
