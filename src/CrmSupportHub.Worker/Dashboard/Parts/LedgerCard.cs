using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>The month's hours: bucket and carry-in, what was used and what is left, and where the rest of the work went.</summary>
internal static class LedgerCard
{
    public static Markup Of(MonthLedger month)
    {
        var logged = month.Logged;
        var used = logged.CarryInUsed + logged.BucketBurn + month.OverageMinutes;
        var left = month.AvailableMinutes - logged.CarryInUsed - logged.BucketBurn;
        var unapproved = logged.UnapprovedOverage > 0
            ? Html.Of($"<span class=\"badge bad\">⚠ {Show.Minutes(logged.UnapprovedOverage)} unapproved</span>")
            : Html.Of($"{Show.Minutes(0)}");
        return Html.Of($"""
            <section class="card" id="hours">
            <h2>Hours {month.Month} <span class="muted">({month.Package})</span></h2>
            <dl class="facts">
            <dt>Bucket</dt><dd>{Show.Minutes(month.BucketMinutes)}</dd>
            <dt>Carry-in</dt><dd>{Show.Minutes(month.CarryInMinutes)}{CarryInNote(month.CarryInMinutes, logged.CarryInUsed)}</dd>
            <dt>Used</dt><dd data-field="hours-used">{Show.Minutes(used)}</dd>
            <dt>Left</dt><dd data-field="hours-left"><strong>{Show.Minutes(left)}</strong></dd>
            <dt>Hypercare</dt><dd>{Show.Minutes(logged.Hypercare)} <span class="muted">(free)</span></dd>
            <dt>Mini-projects</dt><dd>{Show.Minutes(logged.MiniProject)}</dd>
            <dt>Sessions</dt><dd>{Show.Minutes(logged.Session)}</dd>
            <dt>Not covered</dt><dd>{Show.Minutes(logged.NotCovered)}</dd>
            <dt>Overage approved</dt><dd>{Show.Minutes(logged.ApprovedOverage + logged.ApprovedRetroactively)}{Retroactive(logged.ApprovedRetroactively)}</dd>
            <dt>Overage unapproved</dt><dd data-field="overage-unapproved">{unapproved}</dd>
            <dt>Carry-out</dt><dd>{Show.Minutes(month.CarryOutMinutes)} <span class="muted">(at most {Show.Minutes(month.RolloverCapMinutes)})</span></dd>
            </dl>
            </section>
            """);
    }

    private static Markup CarryInNote(int carryIn, int used) =>
        carryIn > 0 ? Html.Of($" <span class=\"muted\">({Show.Minutes(used)} used; the rest expires at month end)</span>") : Markup.Empty;

    private static Markup Retroactive(int minutes) =>
        minutes > 0 ? Html.Of($" <span class=\"muted\">({Show.Minutes(minutes)} approved after the work)</span>") : Markup.Empty;
}
