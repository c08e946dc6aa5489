using System.Text;
using CrmSupportHub.Connectors.Uspacy.Tests.Support;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Webhooks;

public sealed class UspacyWebhookReceiverTests
{
    private UspacySandbox _sandbox = null!;
    private UspacyTestHost _host = null!;
    private string _secret = null!;

    [SetUp]
    public void Start()
    {
        _sandbox = new UspacySandbox();
        _host = UspacyTestHost.Start(_sandbox);
        _secret = _sandbox.Options.WebhookSecret;
    }

    [TearDown]
    public void Stop()
    {
        _host.Dispose();
        _sandbox.Dispose();
    }

    [TestCase(null, TestName = "Verify_NoSecret_IsUnauthorized")]
    [TestCase("", TestName = "Verify_EmptySecret_IsUnauthorized")]
    [TestCase("sandbox-uspacy-webhook-secret-012345678X", TestName = "Verify_WrongSecret_IsUnauthorized")]
    public async Task Verify_SecretNotPresented_IsUnauthorized(string? secret)
    {
        var verdict = await _host.Connector.VerifyAsync(Envelope("""{ "data": { "id": 1001 } }""", secret), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
    }

    [Test]
    public async Task Verify_NoSecretConfigured_RefusesEveryDelivery()
    {
        using var host = UspacyTestHost.Start(_sandbox, overrides: new Dictionary<string, string?> { ["Webhook:Secret"] = string.Empty });

        var verdict = await host.Connector.VerifyAsync(Envelope("""{ "id": 1001 }""", string.Empty), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
    }

    [TestCase("not json at all", TestName = "Verify_NotJson_IsMalformed")]
    [TestCase("[{ \"id\": 1 }]", TestName = "Verify_JsonArray_IsMalformed")]
    [TestCase("{ \"event\": \"update\", \"data\": { \"title\": \"no id\" } }", TestName = "Verify_NoId_IsMalformed")]
    [TestCase("{ \"data\": { \"id\": \"../../users\" } }", TestName = "Verify_IdThatIsNoId_IsMalformed")]
    [TestCase("{ \"data\": { \"id\": true } }", TestName = "Verify_IdOfWrongType_IsMalformed")]
    public async Task Verify_UnreadableBody_IsMalformed(string body)
    {
        var verdict = await _host.Connector.VerifyAsync(Envelope(body, _secret), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Malformed));
    }

    [TestCase("""{ "id": 1001 }""")]
    [TestCase("""{ "data": { "id": "1001", "title": "x" }, "extra": [1, 2] }""")]
    [TestCase("""{ "id": "evt-9", "entity": { "id": 1001 } }""")]
    [TestCase("""{ "payload": { "data": { "id": 1001 } } }""")]
    [TestCase("""{ "entity_id": 1001, "table_name": "requests" }""")]
    [TestCase("""{ "entityId": "1001", "entityType": "request" }""")]
    public async Task Verify_OddShapesWithAnId_AreAcceptedAndReadBack(string body)
    {
        var id = _sandbox.SeedRequests(1, TimeProvider.System.GetUtcNow().AddHours(-1))[0];
        var envelope = Envelope(body, _secret);

        var verdict = await _host.Connector.VerifyAsync(envelope, CancellationToken.None);
        var changes = await _host.Connector.ParseAsync(Stored(envelope), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(id, Is.EqualTo("1001"), "the shapes name the sandbox's first item");
            Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Accepted), verdict.Reason);
            Assert.That(changes.OfType<RequestChanged>().Select(c => c.Request.Id), Is.EqualTo(new[] { id }));
        }
    }

    [Test]
    public async Task Verify_EventOfAnotherEntity_IsIgnored()
    {
        var verdict = await _host.Connector.VerifyAsync(Envelope("""{ "table_name": "contacts", "data": { "id": 7 } }""", _secret), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Ignored));
    }

    [Test]
    public async Task Verify_ConfirmationRequest_IsIgnoredNotRefused()
    {
        var verdict = await _host.Connector.VerifyAsync(Envelope("""{ "validation_link": "https://acme.uspacy.ua/confirm/abc" }""", _secret), CancellationToken.None);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Ignored));
    }

    [Test]
    public async Task Parse_SpoofedFields_AreIgnoredAndTheEntityReRead()
    {
        var item = _sandbox.CreateItem("Genuine title", TimeProvider.System.GetUtcNow().AddHours(-1));
        var body = $$"""{ "data": { "id": {{item.Id}}, "title": "Spoofed", "kanban_stage_id": 34, "kanban_status": "SUCCESS", "owner": 666, "created_at": 1 } }""";

        var changes = await _host.Connector.ParseAsync(Stored(Envelope(body, _secret)), CancellationToken.None);

        var request = changes.OfType<RequestChanged>().Single().Request;
        Assert.That(
            (request.Title, request.Stage, request.AssigneeId, request.CreatedAt.ToUnixTimeSeconds()),
            Is.EqualTo(("Genuine title", StageCategory.Initial, (string?)null, item.CreatedAt)));
    }

    [Test]
    public async Task Parse_DeletedOrForeignEntity_YieldsNothing()
    {
        var deleted = _sandbox.SeedRequests(1, TimeProvider.System.GetUtcNow().AddHours(-1))[0];
        _sandbox.DeleteRequest(deleted, TimeProvider.System.GetUtcNow());
        var sales = _sandbox.CreateItem("Sales lead", funnelId: UspacySandbox.SalesFunnelId);

        var gone = await _host.Connector.ParseAsync(Stored(Envelope($$"""{ "id": {{deleted}} }""", _secret)), CancellationToken.None);
        var foreign = await _host.Connector.ParseAsync(Stored(Envelope($$"""{ "id": {{sales.Id}} }""", _secret)), CancellationToken.None);

        Assert.That((gone.Count, foreign.Count), Is.EqualTo((0, 0)));
    }

    private static WebhookEnvelope Envelope(string body, string? secret)
    {
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (secret is not null)
        {
            query["secret"] = secret;
        }

        return new WebhookEnvelope(
            UspacyTestHost.ClientId, "POST", "application/json", new Dictionary<string, string>(), query, Encoding.UTF8.GetBytes(body));
    }

    // What the inbox processor hands to ParseAsync: the body only, the secret is not stored.
    private static WebhookEnvelope Stored(WebhookEnvelope envelope) =>
        WebhookEnvelope.FromStored(envelope.ClientId, envelope.ContentType, envelope.Body);
}
