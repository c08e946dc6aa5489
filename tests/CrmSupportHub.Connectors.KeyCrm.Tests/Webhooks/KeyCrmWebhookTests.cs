using System.Text;
using System.Text.Json.Nodes;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Webhooks;

public sealed class KeyCrmWebhookTests
{
    private KeyCrmSandbox _sandbox = null!;
    private KeyCrmTestHost _host = null!;

    [SetUp]
    public void Start()
    {
        _sandbox = new KeyCrmSandbox();
        _host = new KeyCrmTestHost(_sandbox);
    }

    [TearDown]
    public void Stop()
    {
        _host.Dispose();
        _sandbox.Dispose();
    }

    [Test]
    public async Task Verify_NoSecretInTheUrl_IsUnauthorized()
    {
        var card = _sandbox.CreateCard("Printer on fire");
        var envelope = Envelope(_sandbox.CreateCardWebhook(card.Id)) with { Query = new Dictionary<string, string>() };

        var verdict = await _host.Connector.VerifyAsync(envelope, CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
    }

    [Test]
    public async Task Verify_WrongSecret_IsUnauthorizedWithoutEchoingIt()
    {
        var card = _sandbox.CreateCard("Printer on fire");
        var delivery = _sandbox.CreateCardWebhook(card.Id, authentic: false);

        var verdict = await _host.Connector.VerifyAsync(Envelope(delivery), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
            Assert.That(verdict.Reason, Does.Not.Contain(delivery.Query["secret"]));
        }
    }

    [Test]
    public async Task Verify_CardOfAnotherPipeline_IsIgnored()
    {
        var card = _sandbox.CreateCard("A sales lead", pipelineId: KeyCrmSandbox.SalesPipelineId);

        var verdict = await _host.Connector.VerifyAsync(Envelope(_sandbox.CreateCardWebhook(card.Id)), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Ignored));
    }

    [Test]
    public async Task Verify_OrderEvent_IsIgnored()
    {
        var card = _sandbox.CreateCard("Printer on fire");

        var delivery = _sandbox.CreateCardWebhook(card.Id, eventName: "order.change_order_status");
        var verdict = await _host.Connector.VerifyAsync(Envelope(delivery), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Ignored), "an order's id is not a card's id");
    }

    [TestCase("not json at all")]
    [TestCase("[1, 2]")]
    [TestCase("""{"event": "lead.change_lead_status"}""")]
    [TestCase("""{"event": "lead.change_lead_status", "context": {"title": "no id"}}""")]
    [TestCase("""{"event": "lead.change_lead_status", "context": {"id": "abc"}}""")]
    [TestCase("""{"context": {"id": 5}}""")]
    public async Task Verify_NotAnAutomationPayload_IsMalformed(string body)
    {
        var envelope = Envelope(_sandbox.CreateCardWebhook(_sandbox.CreateCard("x").Id)) with { Body = Encoding.UTF8.GetBytes(body) };

        var verdict = await _host.Connector.VerifyAsync(envelope, CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Malformed));
    }

    [TestCase(new byte[] { 0xC3, 0x28 }, TestName = "Verify_InvalidUtf8InTheEvent_IsMalformedSayingSo")]
    [TestCase(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' }, TestName = "Verify_LoneSurrogateInTheEvent_IsMalformedSayingSo")]
    public async Task Verify_UnreadableText_IsMalformedSayingSo(byte[] text)
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"event\": \"lead."), .. text, .. Encoding.UTF8.GetBytes("\", \"context\": {\"id\": 5}}")];
        var envelope = Envelope(_sandbox.CreateCardWebhook(_sandbox.CreateCard("x").Id)) with { Body = body };

        var verdict = await _host.Connector.VerifyAsync(envelope, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Malformed));
            Assert.That(verdict.Reason, Does.Contain("UTF-8"));
        }
    }

    [Test]
    public async Task Verify_Authentic_IsAcceptedWithAKeyStableAcrossRedeliveries()
    {
        var card = _sandbox.CreateCard("Printer on fire", DateTimeOffset.Parse("2026-05-01T09:12:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var first = await _host.Connector.VerifyAsync(Envelope(_sandbox.CreateCardWebhook(card.Id)), CancellationToken.None);
        var redelivery = await _host.Connector.VerifyAsync(Envelope(_sandbox.CreateCardWebhook(card.Id)), CancellationToken.None);

        _sandbox.MoveCard(card.Id, KeyCrmSandbox.InProgressStatusId);
        var moved = await _host.Connector.VerifyAsync(Envelope(_sandbox.CreateCardWebhook(card.Id)), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Kind, Is.EqualTo(WebhookVerdictKind.Accepted));
            Assert.That(first.DeliveryId, Is.EqualTo($"lead.change_lead_status:{card.Id}:31:2026-05-01 09:12:00"));
            Assert.That(redelivery.DeliveryId, Is.EqualTo(first.DeliveryId));
            Assert.That(moved.DeliveryId, Is.Not.EqualTo(first.DeliveryId));
        }
    }

    [Test]
    public async Task Parse_SpoofedValues_AreReplacedByTheCardReadFromTheApi()
    {
        var card = _sandbox.CreateCard("Printer on fire");
        var body = JsonNode.Parse(_sandbox.WebhookBody(card.Id))!;
        body["context"]!["title"] = "Spoofed title";
        body["context"]!["status_id"] = KeyCrmSandbox.DoneStatusId;
        var envelope = Stored(Encoding.UTF8.GetBytes(body.ToJsonString()));

        var changes = await _host.Connector.ParseAsync(envelope, CancellationToken.None);

        var request = changes.OfType<RequestChanged>().Single().Request;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Title, Is.EqualTo("Printer on fire"));
            Assert.That(request.Stage, Is.EqualTo(StageCategory.Initial));
        }
    }

    [Test]
    public async Task Parse_PayloadClaimsSupportPipelineForASalesCard_ReturnsNothing()
    {
        var card = _sandbox.CreateCard("A sales lead", pipelineId: KeyCrmSandbox.SalesPipelineId);
        var body = JsonNode.Parse(_sandbox.WebhookBody(card.Id))!;
        body["context"]!["pipeline_id"] = KeyCrmSandbox.SupportPipelineId;

        var changes = await _host.Connector.ParseAsync(Stored(Encoding.UTF8.GetBytes(body.ToJsonString())), CancellationToken.None);

        Assert.That(changes, Is.Empty);
    }

    [Test]
    public async Task Parse_CardDeletedSinceTheDelivery_ReturnsNothing()
    {
        var card = _sandbox.CreateCard("Printer on fire");
        var envelope = Stored(_sandbox.WebhookBody(card.Id));
        _sandbox.DeleteCard(card.Id);

        var changes = await _host.Connector.ParseAsync(envelope, CancellationToken.None);

        Assert.That(changes, Is.Empty);
    }

    [Test]
    public async Task Parse_CardEndpointWrapsInData_StillReadsTheCard()
    {
        using var sandbox = new KeyCrmSandbox(new KeyCrmSandboxOptions { WrapSingleCard = true });
        using var host = new KeyCrmTestHost(sandbox);
        var card = sandbox.CreateCard("Printer on fire");

        var changes = await host.Connector.ParseAsync(Stored(sandbox.WebhookBody(card.Id)), CancellationToken.None);

        Assert.That(changes.OfType<RequestChanged>().Select(c => c.Request.Title), Is.EqualTo(new[] { "Printer on fire" }));
    }

    private static WebhookEnvelope Envelope(SandboxWebhook delivery) =>
        new(KeyCrmTestHost.ClientId, "POST", delivery.ContentType, delivery.Headers, delivery.Query, delivery.Body);

    /// <summary>As the inbox hands it back: body only, the URL (and its secret) not stored.</summary>
    private static WebhookEnvelope Stored(byte[] body) => WebhookEnvelope.FromStored(KeyCrmTestHost.ClientId, "application/json", body);
}
