namespace CrmSupportHub.Worker.Dashboard.Assets;

/// <summary>The one stylesheet, served from <c>/assets/dashboard.css</c> (a static file the browser caches; no inline styles, so the CSP can forbid them).</summary>
internal static class DashboardStyles
{
    public const string Path = "/assets/dashboard.css";

    public const string Css = """
        :root { --bad: #b00020; --bad-bg: #fde7ea; --warn: #8a5a00; --warn-bg: #fff4d6; --ok: #1b6e2a; --line: #d8dbe0; --muted: #5f6670; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 13.5px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2125; background: #f6f7f9; }
        header.top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #1f2a44; color: #fff; }
        header.top a { color: #fff; text-decoration: none; font-weight: 600; }
        header.top .who { margin-left: auto; }
        header.top form { display: inline; }
        main { padding: 1rem 1.2rem; }
        h1 { font-size: 1.35rem; margin: .2rem 0 .8rem; }
        h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef0f3; font-weight: 600; white-space: nowrap; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tr.at-risk { background: var(--warn-bg); }
        tr.at-risk td:first-child { border-left: 5px solid var(--warn); }
        tr.breached { background: var(--bad-bg); }
        tr.breached td:first-child { border-left: 5px solid var(--bad); }
        .badge { display: inline-block; padding: 0 .4rem; border: 1px solid var(--line); border-radius: 3px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
        .bad { color: var(--bad); }
        .warn { color: var(--warn); }
        .badge.bad { border-color: var(--bad); }
        .badge.warn { border-color: var(--warn); }
        .ok { color: var(--ok); }
        .muted { color: var(--muted); }
        .countdown { font-variant-numeric: tabular-nums; white-space: nowrap; }
        .countdown.overdue { color: var(--bad); font-weight: 600; }
        .paused { color: var(--muted); white-space: nowrap; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 1rem; }
        .cards.wide { grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); }
        .card { background: #fff; border: 1px solid var(--line); padding: .8rem 1rem; overflow-x: auto; }
        .scroll { overflow-x: auto; }
        .card h2 { margin-top: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
        .notice { padding: .6rem .8rem; margin: 0 0 1rem; border: 1px solid var(--ok); background: #e8f5ea; }
        .error { padding: .6rem .8rem; margin: 0 0 1rem; border: 2px solid var(--bad); background: var(--bad-bg); color: var(--bad); font-weight: 600; }
        form.stack { display: grid; gap: .5rem; max-width: 26rem; }
        form.stack label { display: grid; gap: .15rem; font-weight: 600; }
        input, select, button { font: inherit; padding: .3rem .45rem; }
        button { cursor: pointer; border: 1px solid #1f2a44; background: #1f2a44; color: #fff; }
        header.top button { background: transparent; border-color: #fff; }
        .login { max-width: 26rem; margin: 4rem auto; background: #fff; border: 1px solid var(--line); padding: 1.2rem 1.5rem; }
        svg.chart { width: 100%; height: auto; max-height: 220px; background: #fff; }
        svg.chart path { fill: none; }
        svg.chart .seats { stroke: #1f5fbf; stroke-width: 2; }
        svg.chart .estimated { stroke-dasharray: 5 4; }
        svg.chart .limit { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg.chart .axis { stroke: var(--line); }
        svg.chart text { font-size: 11px; fill: var(--muted); }
        .nowrap, td.client, td.sync div { white-space: nowrap; }
        h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
        """;
}
