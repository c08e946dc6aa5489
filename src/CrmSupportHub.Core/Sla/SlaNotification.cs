using System.Text.Json;
using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Sla;

/// <summary>
/// A warning or breach to tell the analysts about (log, dashboard, outgoing webhook). Its
/// <see cref="Key"/> is unique per clock and milestone, so it is enqueued and delivered once.
/// </summary>
/// <param name="Text">One human line, e.g. "Acme Ltd, request 4711: 80 % of the 8 h reaction SLA used, breach due 2026-03-09 13:00 (Europe/Kyiv)."</param>
public sealed record SlaNotification(
    SlaEventKey Key,
    SlaMilestoneKind Kind,
    decimal Threshold,
    DateTimeOffset DueAt,
    TimeSpan Target,
    string Text)
{
    public static SlaNotification For(ClientProfile client, SlaClock clock, SlaMilestone milestone, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(milestone);
        ArgumentNullException.ThrowIfNull(zone);
        var sla = $"{SlaText.Duration(clock.Target)} {SlaText.ClockName(clock.Kind)} SLA";
        var text = milestone.Kind == SlaMilestoneKind.Breach
            ? $"{client.Name}, request {clock.RequestId}: the {sla} was breached at {SlaText.Local(milestone.DueAt, zone)}."
            : $"{client.Name}, request {clock.RequestId}: {SlaText.Percent(milestone.Threshold)} of the {sla} used"
              + (clock.DueAt is { } due ? $", breach due {SlaText.Local(due, zone)}." : ".");
        return new SlaNotification(clock.KeyOf(milestone), milestone.Kind, milestone.Threshold, milestone.DueAt, clock.Target, text);
    }

    /// <summary>The body chat tools (Slack, Teams, Mattermost incoming webhooks) accept: <c>{"text": "..."}</c>.</summary>
    public string ToChatJson() => JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = Text });
}
