using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary><c>/clients/{id}</c>: requests by time left, the month's hours, seats over time, sessions, and the "log hours" form.</summary>
internal static class ClientPage
{
    public static string Render(DashboardUser user, ClientPageModel page, LogHoursForm form, string? notice = null, string? error = null)
    {
        var c = page.Summary;
        var html = new HtmlWriter();
        html.Add($"""
            <p class="muted"><a href="/">Clients</a> › {c.Name}</p>
            <h1>{c.Name} <span class="muted">({c.Id})</span></h1>
            <p>{c.Crm} · {c.Package} since {c.ContractFrom:yyyy-MM-dd} · seats {OverviewPage.Seats(c.Seats, c.SeatLimit)} · time zone {c.TimeZone}</p>
            <div>{SyncHealth.Of(c.Sync, page.Now)}</div>
            """);
        if (notice is not null)
        {
            html.Add($"<p class=\"notice\" role=\"status\" id=\"notice\">{notice}</p>");
        }

        html.Add($"""
            <h2>Requests <span class="muted">({c.OpenRequests} open, {c.AtRisk} at risk, {c.Breached} breached)</span></h2>
            {Requests(page)}
            <div class="cards">
            {LedgerCard.Of(page.Month)}
            {LogHoursCard.Of(c.Id, page.Requests, form, error, page.Today, user.Csrf)}
            <section class="card"><h2>Seats, last {(int)DashboardData.SeatPeriod.TotalDays} days</h2>{SeatChart.Of(page.Seats, page.Now - DashboardData.SeatPeriod, page.Now, page.Zone)}</section>
            <section class="card"><h2>Sessions</h2>{Sessions(page.Sessions)}</section>
            </div>
            <h2>Work logged in {page.Month.Month}</h2>
            {Entries(page)}
            """);
        return Layout.Page(c.Name, user, new Markup(html.ToString()));
    }

    private static Markup Requests(ClientPageModel page)
    {
        if (page.Requests.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">No requests synced yet.</p>");
        }

        var rows = Html.Join(page.Requests, r => Html.Of($"""
            <tr class="{UrgencyBadge.RowClass(r.Urgency)}">
            <td><a href="{Links.Request(r.ClientId, r.RequestId)}">{r.RequestId}</a></td>
            <td>{r.Title}</td>
            <td>{r.Stage}</td>
            <td>{r.Status}</td>
            <td>{Countdown.Of(r.Reaction, page.OpenFor, page.Zone)}</td>
            <td>{Countdown.Of(r.Resolution, page.OpenFor, page.Zone)}</td>
            <td>{UrgencyBadge.Of(r.Urgency)}</td>
            <td class="nowrap">{Show.Local(r.CreatedAt, page.Zone)}</td>
            </tr>
            """));
        return Html.Of($"""
            <div class="scroll"><table class="requests">
            <thead><tr><th>Request</th><th>Title</th><th>Stage</th><th>Status</th><th>Reaction</th><th>Resolution</th><th>SLA</th><th>Raised</th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            """);
    }

    private static Markup Sessions(IReadOnlyList<SessionUsage> sessions)
    {
        if (sessions.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">The package includes no sessions.</p>");
        }

        var rows = Html.Join(sessions, s => Html.Of($"""
            <tr><td>{s.Kind}</td><td class="nowrap">{s.PeriodStart:yyyy-MM-dd} – {s.PeriodEnd:yyyy-MM-dd}</td>
            <td class="num">{s.Entitled}</td><td class="num">{s.Used}</td><td class="num"><strong>{s.Remaining}</strong></td></tr>
            """));
        return Html.Of($"""
            <table>
            <thead><tr><th>Kind</th><th>Period</th><th class="num">Included</th><th class="num">Used</th><th class="num">Remaining</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }

    private static Markup Entries(ClientPageModel page)
    {
        if (page.Entries.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">Nothing logged this month yet.</p>");
        }

        var rows = Html.Join(page.Entries.Reverse(), e => Html.Of($"""
            <tr><td class="num">#{e.Id}</td><td class="nowrap">{e.Date:yyyy-MM-dd}</td><td class="num">{Show.Minutes(e.Minutes)}</td><td>{e.Kind}</td>
            <td>{Request(page.Client.Id, e.RequestId)}</td><td>{e.Analyst}</td>
            <td>{Corrects(e.Corrects)}{e.Note}</td><td class="nowrap muted">{Show.Local(e.RecordedAt, page.Zone)}</td></tr>
            """));
        return Html.Of($"""
            <table class="entries">
            <thead><tr><th class="num">Entry</th><th>Date</th><th class="num">Time</th><th>Kind</th><th>Request</th><th>Analyst</th><th>Note</th><th>Recorded</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }

    private static Markup Corrects(long? entryId) => entryId is { } id ? Html.Of($"corrects #{id} ") : Markup.Empty;

    private static Markup Request(string clientId, string? requestId) =>
        requestId is null ? Html.Of($"<span class=\"muted\">—</span>") : Html.Of($"<a href=\"{Links.Request(clientId, requestId)}\">{requestId}</a>");
}
