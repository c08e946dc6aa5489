using CrmSupportHub.Core.Users;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary><c>/</c>: one row per client the analyst may see; rows with clocks at risk or breached stand out.</summary>
internal static class OverviewPage
{
    public static string Render(DashboardUser user, IReadOnlyList<OverviewRow> rows, DateTimeOffset now)
    {
        var html = new HtmlWriter();
        html.Add($"""
            <h1>Clients</h1>
            <p>{rows.Count} clients · {rows.Sum(r => r.Client.OpenRequests)} open requests ·
            <span class="warn">{rows.Sum(r => r.Client.AtRisk)} at risk</span> ·
            <span class="bad">{rows.Sum(r => r.Client.Breached)} breached</span> ·
            <span class="muted">as of {Show.Utc(now)}</span> · <a href="/">refresh</a></p>
            <div class="scroll"><table class="overview">
            <thead><tr>
            <th>Client</th><th>CRM, package</th><th class="num">Seats / limit</th><th class="num">Open</th>
            <th>Worst time left</th><th class="num">At risk</th><th class="num">Breached</th><th>SLA</th>
            <th>Hours this month</th><th>Unapproved overage</th><th>Sync</th>
            </tr></thead>
            <tbody>
            """);
        foreach (var row in rows)
        {
            html.Add(Row(row, now));
        }

        html.Add($"</tbody></table></div>");
        if (rows.Count == 0)
        {
            html.Add($"<p class=\"muted\">Your key gives access to no configured client.</p>");
        }

        return Layout.Page("Clients", user, new Markup(html.ToString()));
    }

    private static Markup Row(OverviewRow row, DateTimeOffset now)
    {
        var c = row.Client;
        var urgency = c.Breached > 0 || c.WorstTimeLeft < TimeSpan.Zero ? ClockUrgency.Breached
            : c.AtRisk > 0 ? ClockUrgency.AtRisk
            : c.OpenRequests > 0 ? ClockUrgency.Normal : ClockUrgency.None;
        return Html.Of($"""
            <tr class="{UrgencyBadge.RowClass(urgency)}" data-client="{c.Id}">
            <td class="client"><a href="{Links.Client(c.Id)}">{c.Name}</a><br><span class="muted">{c.Id}</span></td>
            <td>{c.Crm}<br><span class="muted">{c.Package}</span></td>
            <td class="num">{Seats(c.Seats, c.SeatLimit)}</td>
            <td class="num">{c.OpenRequests}</td>
            <td>{WorstTimeLeft(row)}</td>
            <td class="num{(c.AtRisk > 0 ? " warn" : "")}">{c.AtRisk}</td>
            <td class="num{(c.Breached > 0 ? " bad" : "")}">{c.Breached}</td>
            <td>{Status(c, urgency)}</td>
            <td class="nowrap">left <strong>{Show.Minutes(c.HoursLeftMinutes)}</strong>, used {Show.Minutes(c.HoursUsedMinutes)}<br><span class="muted">bucket {Show.Minutes(c.BucketMinutes)} ({c.Month})</span></td>
            <td>{Overage(c.UnapprovedOverageMinutes)}</td>
            <td class="sync">{SyncHealth.Of(c.Sync, now)}</td>
            </tr>
            """);
    }

    public static Markup Seats(SeatCount? seats, int? limit)
    {
        if (seats is null)
        {
            return Html.Of($"<span class=\"muted\">not counted yet</span>");
        }

        var count = seats.Basis == SeatCountBasis.Estimated ? Html.Of($"≈{seats.ActiveUsers}") : Html.Of($"{seats.ActiveUsers}");
        var basis = seats.Basis switch
        {
            SeatCountBasis.Estimated => Html.Of($"<br><span class=\"muted\">estimate</span>"),
            SeatCountBasis.Configured => Html.Of($"<br><span class=\"muted\">configured</span>"),
            _ => Markup.Empty,
        };
        var over = limit is { } max && seats.ActiveUsers >= max
            ? Html.Of($" <span class=\"badge {(seats.ActiveUsers > max ? "bad" : "warn")}\">{(seats.ActiveUsers > max ? "over limit" : "at limit")}</span>")
            : Markup.Empty;
        return Html.Of($"{count} / {(limit is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "∞")}{over}{basis}");
    }

    private static Markup WorstTimeLeft(OverviewRow row) => row.Client.WorstTimeLeft switch
    {
        null => Html.Of($"<span class=\"muted\">—</span>"),
        { } left when row.Client.WorstDueAt is null => Html.Of($"<span class=\"paused\">{Show.TimeLeft(left)} (paused)</span>"),
        { } left => Countdown.Live(left, row.Client.WorstDueAt, row.OpenFor, row.Zone),
    };

    private static Markup Status(ClientOverview client, ClockUrgency urgency) =>
        client.OpenRequests == 0 && urgency == ClockUrgency.None ? Html.Of($"<span class=\"muted\">none open</span>") : UrgencyBadge.Of(urgency);

    private static Markup Overage(int minutes) => minutes > 0
        ? Html.Of($"<span class=\"badge bad\">⚠ {Show.Minutes(minutes)}</span>")
        : Html.Of($"<span class=\"muted\">none</span>");
}
