using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary><c>/clients/{id}/requests/{requestId}</c>: the request's event log and each clock's timeline.</summary>
internal static class RequestPage
{
    public static string Render(DashboardUser user, RequestPageModel page)
    {
        var (client, detail, zone) = (page.Client, page.Detail, page.Zone);
        var r = detail.Request;
        var html = new HtmlWriter();
        html.Add($"""
            <p class="muted"><a href="/">Clients</a> › <a href="{Links.Client(client.Id)}">{client.Name}</a> › request {r.RequestId}</p>
            <h1>{r.Title} <span class="muted">(request {r.RequestId})</span></h1>
            <table class="summary"><tbody><tr class="{UrgencyBadge.RowClass(r.Urgency)}">
            <td>{UrgencyBadge.Of(r.Urgency)}</td><td>stage {r.Stage}</td><td>status {r.Status}</td>
            <td>assignee {r.AssigneeId ?? "none"}</td><td>raised {Show.Local(r.CreatedAt, zone)} ({zone.Id})</td>
            </tr></tbody></table>
            <div class="cards wide">
            {Clock("Reaction", detail.Reaction, r.Reaction, page)}
            {Clock("Resolution", detail.Resolution, r.Resolution, page)}
            </div>
            <h2>Event log</h2>
            {Events(detail.Events, zone)}
            """);
        return Layout.Page($"Request {r.RequestId}", user, new Markup(html.ToString()));
    }

    private static Markup Clock(string name, SlaClock? clock, ClockView? view, RequestPageModel page)
    {
        if (clock is null)
        {
            return Html.Of($"<section class=\"card\"><h2>{name}</h2><p class=\"muted\">The contract sets no {name.ToLowerInvariant()} target.</p></section>");
        }

        var zone = page.Zone;
        var due = clock.DueAt is { } at ? Show.LocalSeconds(at, zone) : "—";
        var stop = clock.Stop is { } s
            ? Html.Of($"{Words(s.Cause.ToString())} at {Show.LocalSeconds(s.At, zone)}{(s.Detail is null ? "" : " (" + s.Detail + ")")}")
            : Html.Of($"<span class=\"muted\">not stopped</span>");
        var milestones = clock.Milestones.Count == 0 ? Html.Of($"<tr><td colspan=\"3\" class=\"muted\">none reached</td></tr>") : Html.Join(clock.Milestones, m => Html.Of($"""
            <tr><td>{m.Code}</td><td class="nowrap">{Show.LocalSeconds(m.DueAt, zone)}</td><td>{(m.DueAt <= page.Now ? "reached" : "ahead")}</td></tr>
            """));
        var periods = Html.Join(clock.Timeline, p => Html.Of($"""
            <tr class="{(p.Kind == SlaPeriodKind.Paused ? "paused" : "")}"><td>{p.Kind}</td><td class="nowrap">{Show.LocalSeconds(p.Start, zone)}</td>
            <td class="nowrap">{(p.End is { } end ? Show.LocalSeconds(end, zone) : "now")}</td><td class="num">{Show.Duration(p.BusinessTime)}</td>
            <td>{p.Reason}</td><td>{p.Contract.Terms.Tier} from {p.Contract.EffectiveFrom:yyyy-MM-dd}</td></tr>
            """));
        return Html.Of($"""
            <section class="card">
            <h2>{name} clock</h2>
            <dl class="facts">
            <dt>State</dt><dd>{Countdown.StateText(view?.State ?? clock.State)}</dd>
            <dt>Time left</dt><dd>{Countdown.Of(view, page.OpenFor, zone)}</dd>
            <dt>Target</dt><dd>{Show.Duration(clock.Target)} business time</dd>
            <dt>Counted</dt><dd>{Show.Duration(clock.Elapsed)}</dd>
            <dt>Started</dt><dd>{Show.LocalSeconds(clock.StartedAt, zone)}</dd>
            <dt>Due</dt><dd>{due}</dd>
            <dt>Stopped</dt><dd>{stop}</dd>
            <dt>Contract</dt><dd>{clock.Contract.Terms.Tier} from {clock.Contract.EffectiveFrom:yyyy-MM-dd}</dd>
            </dl>
            <h3>Milestones</h3>
            <table><thead><tr><th>Milestone</th><th>Due</th><th></th></tr></thead><tbody>{milestones}</tbody></table>
            <h3>Timeline</h3>
            <table class="timeline"><thead><tr><th>Period</th><th>From</th><th>Until</th><th class="num">Business time</th><th>Why</th><th>Contract</th></tr></thead>
            <tbody>{periods}</tbody></table>
            </section>
            """);
    }

    /// <summary>"LeftInitialStage" as "left initial stage".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static Markup Events(IReadOnlyList<RequestEvent> events, TimeZoneInfo zone)
    {
        var rows = Html.Join(events, e => Html.Of($"""
            <tr><td class="num">{e.Sequence}</td><td>{e.Kind}</td><td class="nowrap">{Show.LocalSeconds(e.OccurredAt, zone)}</td>
            <td class="nowrap muted">{Show.LocalSeconds(e.RecordedAt, zone)}</td><td>{e.Source}</td>
            <td>{e.StageId}{(e.Stage is { } stage ? " (" + stage + ")" : "")}</td><td>{e.AssigneeId}</td><td>{e.Actor}</td><td>{e.Note}</td></tr>
            """));
        return Html.Of($"""
            <table class="events">
            <thead><tr><th class="num">#</th><th>Event</th><th>Occurred</th><th>Recorded</th><th>Source</th><th>Stage</th><th>Assignee</th><th>By</th><th>Note</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }
}
