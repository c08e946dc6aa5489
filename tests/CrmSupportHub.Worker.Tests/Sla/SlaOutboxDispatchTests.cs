using System.Text.Json;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Sla;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSupportHub.Worker.Tests.Sla;

/// <summary>Warnings and breaches posted to a chat tool's incoming webhook as <c>{"text": ...}</c>, retried until delivered.</summary>
[Category("EndToEnd")]
public sealed class SlaOutboxDispatchTests
{
    private SlaHubFixture _fixture = null!;
    private WireMockServer _chat = null!;

    [SetUp]
    public void SetUp()
    {
        _fixture = new SlaHubFixture();
        _chat = WireMockServer.Start();
    }

    [TearDown]
    public void TearDown()
    {
        _chat.Dispose();
        _fixture.Dispose();
    }

    [Test]
    public async Task Breach_IsPostedAsChatText_AndRetriedUntilTheChatToolAccepts()
    {
        var calls = 0;
        _chat.Given(Request.Create().WithPath("/hooks/sla").UsingPost())
             .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
             {
                 StatusCode = Interlocked.Increment(ref calls) == 1 ? 503 : 200, // the chat tool is down for the first post only
             }));
        _fixture.Crm.CreateDeal("Invoices missing", SlaHubFixture.Start);
        await using var hub = await _fixture.StartHubAsync(new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Notifications:WebhookUrl"] = _chat.Url + "/hooks/sla",
            ["CrmSupportHub:Clients:0:WarningThresholds:0"] = "0.99", // one warning, just before the breach
        });
        await SlaHubFixture.SyncAsync(hub);

        _fixture.Time.Advance(TimeSpan.FromHours(1));
        await SlaHubFixture.WaitForMilestonesAsync(hub, 2);
        await WaitAsync(async () => (await SlaHubFixture.OutboxAsync(hub)).All(i => i.Status != SlaOutboxStatus.Pending));
        var afterFirstTry = await SlaHubFixture.OutboxAsync(hub);
        Assert.That(afterFirstTry.Count(i => i.Status == SlaOutboxStatus.Failed), Is.EqualTo(1), "the 503 fails the first post");

        _fixture.Time.Advance(SlaOutboxDispatcher.Backoff(1));
        hub.Services.GetRequiredService<SlaOutboxSignal>().Notify();
        await WaitAsync(async () => (await SlaHubFixture.OutboxAsync(hub)).All(i => i.Status == SlaOutboxStatus.Delivered));

        var bodies = _chat.LogEntries.Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement).ToList();
        var texts = bodies.Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(bodies, Has.Count.EqualTo(3), "two notifications, one of them posted twice");
            Assert.That(bodies.All(b => b.EnumerateObject().Count() == 1), Is.True, "chat tools accept a bare {\"text\"} body");
            Assert.That(texts.Distinct().Count(), Is.EqualTo(2));
            Assert.That(texts, Has.Some.Contains("breached"));
            Assert.That(_chat.LogEntries.All(e => e.RequestMessage.Headers!["Content-Type"].Single().StartsWith("application/json", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public async Task WithoutAWebhook_NotificationsAreDeliveredToTheLogOnly()
    {
        _fixture.Crm.CreateDeal("Slow reports", SlaHubFixture.Start);
        await using var hub = await _fixture.StartHubAsync();
        await SlaHubFixture.SyncAsync(hub);
        _fixture.Time.Advance(TimeSpan.FromHours(2));
        await SlaHubFixture.WaitForMilestonesAsync(hub, 3);
        await WaitAsync(async () => (await SlaHubFixture.OutboxAsync(hub)).All(i => i.Status == SlaOutboxStatus.Delivered));
        Assert.That(_chat.LogEntries, Is.Empty);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail("The condition did not come true within 10 s.");
            }

            await Task.Delay(20);
        }
    }
}
