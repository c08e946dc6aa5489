using System.Text;
using static CrmSupportHub.Core.Ledger.Statements.StatementCsv;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>The CSV rows after the hours: approvals, unapproved entries, adjustments, mini-projects, seats, sessions.</summary>
internal static class StatementCsvDetails
{
    public static void Write(StringBuilder csv, MonthlyStatement s)
    {
        foreach (var use in s.Hours.Approvals)
        {
            var reference = use.Approval.Reference;
            Minutes(csv, "approval", "approved", reference, LedgerMath.ToMinutes(use.Approval.Hours));
            Minutes(csv, "approval", "in_advance", reference, use.InAdvanceMinutes);
            Minutes(csv, "approval", "retroactively", reference, use.RetroactiveMinutes);
            Minutes(csv, "approval", "unused", reference, use.UnusedMinutes);
            Value(csv, "approval", "given_after_overage", reference, use.GivenAfterOverage ? "true" : "false");
        }

        foreach (var entry in s.Hours.UnapprovedEntries)
        {
            Minutes(csv, "unapproved_overage", "entry", Id(entry.EntryId), entry.Minutes);
        }

        foreach (var adjustment in s.Hours.Adjustments)
        {
            var item = adjustment.Corrects is { } corrected ? $"corrects_{Id(corrected)}" : "late_entry";
            Minutes(csv, "adjustment", item, Id(adjustment.EntryId), adjustment.Minutes);
        }

        foreach (var p in s.MiniProjects)
        {
            Minutes(csv, "mini_project", "estimate", p.RequestId, p.EstimateMinutes);
            Minutes(csv, "mini_project", "this_month", p.RequestId, p.MonthMinutes);
            Minutes(csv, "mini_project", "to_date", p.RequestId, p.ToDateMinutes);
            Minutes(csv, "mini_project", "remaining", p.RequestId, p.RemainingMinutes);
        }

        foreach (var (name, figure) in new[] { ("peak", s.Seats.Peak), ("last", s.Seats.Last) })
        {
            if (figure is null)
            {
                continue;
            }

            Value(csv, "seats", name, figure.Basis.ToString(), Number(figure.ActiveUsers));
            Value(csv, "seats", $"{name}_limit", figure.Basis.ToString(), figure.Limit is { } limit ? Number(limit) : null);
        }

        foreach (var u in s.Sessions)
        {
            var period = $"{StatementRows.Day(u.PeriodStart)}/{StatementRows.Day(u.PeriodEnd)}";
            Value(csv, "sessions", $"{u.Kind}_entitled".ToLowerInvariant(), period, Number(u.Entitled));
            Value(csv, "sessions", $"{u.Kind}_used".ToLowerInvariant(), period, Number(u.Used));
            Value(csv, "sessions", $"{u.Kind}_remaining".ToLowerInvariant(), period, Number(u.Remaining));
        }
    }

    private static string Id(long id) => "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
