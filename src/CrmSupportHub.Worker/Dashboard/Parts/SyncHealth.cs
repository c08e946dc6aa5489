using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>Each sync stream on a line: when it last succeeded, how far behind it is, and its last error.</summary>
internal static class SyncHealth
{
    private const int ErrorLength = 120;

    public static Markup Of(IReadOnlyList<SyncHealthView> streams, DateTimeOffset now) =>
        streams.Count == 0
            ? Html.Of($"<span class=\"muted\">never synced</span>")
            : Html.Join(streams, s => Line(s, now));

    private static Markup Line(SyncHealthView stream, DateTimeOffset now)
    {
        var lastSuccess = stream.LastSuccessAt is { } at
            ? Html.Of($"<span title=\"{Show.Utc(at)}\">ok {Show.Ago(now - at)}</span>")
            : Html.Of($"<span class=\"muted\">never succeeded</span>");
        if (stream.Healthy)
        {
            return Html.Of($"<div><span class=\"ok\">✓</span> {stream.Stream}: {lastSuccess}</div>");
        }

        var error = stream.LastError is { Length: > ErrorLength } text ? text[..ErrorLength] + "…" : stream.LastError;
        return Html.Of($"""
            <div><span class="bad">✖ {stream.Stream}: failing ({stream.ConsecutiveFailures}×)</span>, {lastSuccess}<br>
            <span class="bad" title="{stream.LastError}">{error}</span></div>
            """);
    }
}
