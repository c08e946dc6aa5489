using System.Globalization;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Dashboard.Rendering;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>
/// A clock's time left as the server sees it, with what the countdown script needs to keep it live:
/// <c>data-left</c> (business seconds left at render), <c>data-tick</c> (how many seconds business time
/// keeps running; absent when the calendar never closes) and <c>data-due</c> (the breach instant).
/// </summary>
internal static class Countdown
{
    public static Markup Of(ClockView? clock, TimeSpan? openFor, TimeZoneInfo zone)
    {
        if (clock is null)
        {
            return Html.Of($"<span class=\"muted\">no target</span>");
        }

        if (clock.TimeLeft is not { } left)
        {
            return Html.Of($"<span class=\"state\">{StateText(clock.State)}</span>");
        }

        if (clock.State == SlaClockState.Paused)
        {
            return Html.Of($"<span class=\"paused\">{Show.TimeLeft(left)} (paused)</span>");
        }

        return Live(left, clock.DueAt, openFor, zone);
    }

    /// <summary>A counting clock: running towards its due instant, or breached and still open.</summary>
    public static Markup Live(TimeSpan left, DateTimeOffset? dueAt, TimeSpan? openFor, TimeZoneInfo zone)
    {
        var seconds = ((long)left.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var tick = openFor is { } open
            ? Html.Of($" data-tick=\"{(long)open.TotalSeconds}\"")
            : Markup.Empty;
        var due = dueAt is { } at
            ? Html.Of($" data-due=\"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\" title=\"due {Show.Local(at, zone)}\"")
            : Markup.Empty;
        var css = left < TimeSpan.Zero ? "countdown overdue" : "countdown";
        var closed = openFor == TimeSpan.Zero ? Html.Of($" <span class=\"muted\">(outside business hours)</span>") : Markup.Empty;
        return Html.Of($"<span class=\"{css}\" data-left=\"{seconds}\"{tick}{due}>{Show.TimeLeft(left)}</span>{closed}");
    }

    public static string StateText(SlaClockState state) => state switch
    {
        SlaClockState.Met => "met",
        SlaClockState.Breached => "breached",
        SlaClockState.Cancelled => "cancelled",
        SlaClockState.Paused => "paused",
        _ => "running",
    };
}
