using System.Text.Json;
using CrmSupportHub.Core.Sla;
using static CrmSupportHub.Core.Tests.Sla.SlaClients;

namespace CrmSupportHub.Core.Tests.Sla;

[TestFixture]
public sealed class SlaNotificationTests
{
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    [Test]
    public void For_Warning_TextNamesClientRequestShareAndBreachTime()
    {
        var clock = Calculator().Compute(EventLog.Raised(March(2, 10)).Events, March(2, 17, 30)).Reaction!;

        var notification = SlaNotification.For(Client(), clock, clock.Milestones[1], Kyiv);

        Assert.That(notification.Text, Is.EqualTo("Acme Ltd, request 4711: 80 % of the 8 h reaction SLA used, breach due 2026-03-03 10:00 (Europe/Kyiv)."));
        Assert.That(notification.Key, Is.EqualTo(new SlaEventKey(ClientId, EventLog.RequestId, SlaClockKind.Reaction, "warning-0.8")));
    }

    [Test]
    public void For_Breach_TextSaysWhenItWasBreached()
    {
        var clock = Calculator().Compute(EventLog.Raised(March(2, 10)).Events, March(3, 11)).Reaction!;

        var notification = SlaNotification.For(Client(), clock, clock.Milestones[^1], Kyiv);

        Assert.That(notification.Text, Is.EqualTo("Acme Ltd, request 4711: the 8 h reaction SLA was breached at 2026-03-03 10:00 (Europe/Kyiv)."));
    }

    [Test]
    public void ToChatJson_Text_IsTheTextProperty()
    {
        var notification = new SlaNotification(default, SlaMilestoneKind.Breach, 1m, DateTimeOffset.UnixEpoch, TimeSpan.FromHours(4), "Acme: \"late\" ✓");

        using var json = JsonDocument.Parse(notification.ToChatJson());

        Assert.That(json.RootElement.GetProperty("text").GetString(), Is.EqualTo("Acme: \"late\" ✓"));
    }
}
