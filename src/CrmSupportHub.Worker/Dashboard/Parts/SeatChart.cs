using CrmSupportHub.Core.Users;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>
/// Seat counts over a period as an inline SVG step chart, drawn on the server: each count holds until
/// the next one, estimated stretches are dashed, and the package's limit is a dashed red line.
/// </summary>
internal static class SeatChart
{
    private const double Width = 420, Height = 170, Left = 30, Right = 8, Top = 10, Bottom = 22;

    public static Markup Of(IReadOnlyList<SeatCount> history, DateTimeOffset from, DateTimeOffset until, TimeZoneInfo zone)
    {
        if (history.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">No seat counts since {Show.Local(from, zone)}.</p>");
        }

        var counts = history.OrderBy(s => s.CountedAt).ToList();
        var top = Math.Max(1, counts.Max(s => Math.Max(s.ActiveUsers, s.Limit ?? 0))) * 1.15;
        double X(DateTimeOffset t) => Left + (Width - Left - Right) * Math.Clamp((t - from) / (until - from), 0, 1);
        double Y(int value) => Top + (Height - Top - Bottom) * (1 - value / top);

        var lines = new HtmlWriter();
        for (var i = 0; i < counts.Count; i++)
        {
            var (start, end) = (X(counts[i].CountedAt), i + 1 < counts.Count ? X(counts[i + 1].CountedAt) : X(until));
            var y = Y(counts[i].ActiveUsers);
            var next = i + 1 < counts.Count ? FormattableString.Invariant($" V{Y(counts[i + 1].ActiveUsers):F1}") : string.Empty;
            var css = counts[i].Basis == SeatCountBasis.Estimated ? "seats estimated" : "seats";
            lines.Add($"<path class=\"{css}\" d=\"M{start:F1} {y:F1} H{end:F1}{next}\"/>");
            if (counts[i].Limit is { } limit)
            {
                lines.Add($"<path class=\"limit\" d=\"M{start:F1} {Y(limit):F1} H{end:F1}\"/>");
            }
        }

        var latest = counts[^1];
        var summary = FormattableString.Invariant($"Seats since {Show.Local(from, zone)}: now {latest.ActiveUsers}")
            + (latest.Limit is { } max ? FormattableString.Invariant($" of {max}") : " (no limit)")
            + FormattableString.Invariant($", peak {counts.Max(s => s.ActiveUsers)}")
            + (counts.Any(s => s.Basis == SeatCountBasis.Estimated) ? "; dashed stretches are estimates." : ".");
        return Html.Of($"""
            <svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="seat-chart-title">
            <title id="seat-chart-title">{summary}</title>
            <path class="axis" d="M{Left} {Top} V{Height - Bottom} H{Width - Right}"/>
            <text x="{Left - 4}" y="{Y((int)Math.Round(top / 1.15)) + 4:F1}" text-anchor="end">{(int)Math.Round(top / 1.15)}</text>
            <text x="{Left - 4}" y="{Height - Bottom + 4}" text-anchor="end">0</text>
            <text x="{Left}" y="{Height - 6}">{Show.Local(from, zone)[..10]}</text>
            <text x="{Width - Right}" y="{Height - 6}" text-anchor="end">{Show.Local(until, zone)[..10]}</text>
            {new Markup(lines.ToString())}
            </svg>
            <p class="muted">{summary} The red dashed line is the package's limit.</p>
            """);
    }
}
