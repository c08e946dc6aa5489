using System.Text;
using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

public class PipedriveWebhookReceiverTests
{
    private const string User = "hook-user";
    private const string Password = "hook-password-5d1c";

    private PipedriveSandbox _sandbox = null!;
    private SandboxApi _api = null!;
    private PipedriveWebhookReceiver _receiver = null!;

    [SetUp]
    public void Start()
    {
        _sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0, WebhookUsername = User, WebhookPassword = Password });
        _api = new SandboxApi(_sandbox);
        var options = new PipedriveOptions
        {
            Webhook = { Username = User, Password = Password },
            Settings = { SupportPipelineId = 1, InitialStageIds = [11], WaitingStageIds = [13], ClosedStageIds = [14] },
        };
        _receiver = new PipedriveWebhookReceiver(options, PipedriveStageMap.From(options.Settings), _api.Caller);
    }

    [TearDown]
    public void Stop()
    {
        _api.Dispose();
        _sandbox.Dispose();
    }

    [TestCase(null)]
    [TestCase("Bearer hook-password-5d1c")]
    [TestCase("Basic bm90LWJhc2U2NA")]
    public async Task VerifyAsync_MissingOrNonBasicAuthorization_IsUnauthorized(string? authorization)
    {
        var verdict = await _receiver.VerifyAsync(Envelope("webhook-deal-change.json", authorization));

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
    }

    [TestCase(User, "wrong-password")]
    [TestCase("wrong-user", Password)]
    public async Task VerifyAsync_WrongCredentials_IsUnauthorizedWithoutEchoingThem(string user, string password)
    {
        var verdict = await _receiver.VerifyAsync(Envelope("webhook-deal-change.json", PipedriveSandbox.BasicAuthorization(user, password)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
            Assert.That(verdict.Reason, Does.Not.Contain(password).And.Not.Contain(user));
        }
    }

    [Test]
    public async Task VerifyAsync_NoCredentialsConfigured_RefusesEveryDelivery()
    {
        var open = new PipedriveWebhookReceiver(new PipedriveOptions(), PipedriveStageMap.From(new PipedriveSettings()), _api.Caller);

        var verdict = await open.VerifyAsync(Envelope("webhook-deal-change.json", PipedriveSandbox.BasicAuthorization(string.Empty, string.Empty)));

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
    }

    [TestCase("not json at all")]
    [TestCase("{\"data\": {\"id\": 1}}")]
    [TestCase("[1, 2, 3]")]
    public async Task VerifyAsync_NotAV2Payload_IsMalformed(string body)
    {
        var verdict = await _receiver.VerifyAsync(Authentic(Encoding.UTF8.GetBytes(body)));

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Malformed));
    }

    [Test]
    public async Task VerifyAsync_LegacyV1Payload_IsMalformed()
    {
        var verdict = await _receiver.VerifyAsync(Authentic("webhook-v1-updated-deal.json"));

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Malformed));
    }

    [TestCase("webhook-person-change.json")]
    [TestCase("webhook-deal-other-pipeline.json")]
    public async Task VerifyAsync_UntrackedEntityOrOtherPipeline_IsIgnored(string fixture)
    {
        var verdict = await _receiver.VerifyAsync(Authentic(fixture));

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Ignored));
    }

    [TestCase("webhook-deal-change.json", "0d9a6fb2-7f3c-4a3f-9a54-2a9b8f1d0c11")]
    [TestCase("webhook-deal-create.json", "1e2a6fb2-7f3c-4a3f-9a54-2a9b8f1d0c12")]
    [TestCase("webhook-deal-delete.json", "2f3a6fb2-7f3c-4a3f-9a54-2a9b8f1d0c13")]
    [TestCase("webhook-deal-moved-out.json", "4b5c6fb2-7f3c-4a3f-9a54-2a9b8f1d0c15")]
    [TestCase("webhook-deal-reduced.json", "5c6d6fb2-7f3c-4a3f-9a54-2a9b8f1d0c16")]
    [TestCase("webhook-user-change.json", "6d7e6fb2-7f3c-4a3f-9a54-2a9b8f1d0c17")]
    public async Task VerifyAsync_AuthenticTrackedEvent_IsAcceptedWithTheEventId(string fixture, string eventId)
    {
        var verdict = await _receiver.VerifyAsync(Authentic(fixture));

        Assert.That(verdict, Is.EqualTo(WebhookVerdict.Accept(eventId)));
    }

    // Verification reads only meta and the two pipelines; odd shapes of data/previous count as "no pipeline", as a full read did.
    [TestCase("{\"data\": {\"pipeline_id\": \"2\"}}", WebhookVerdictKind.Ignored)]
    [TestCase("{\"data\": {\"pipeline_id\": 2}, \"previous\": {\"pipeline_id\": 1}}", WebhookVerdictKind.Accepted)]
    [TestCase("{\"data\": {\"deal\": {\"pipeline_id\": 2}, \"pipeline_id\": 1, \"tags\": [1, {\"a\": null}]}}", WebhookVerdictKind.Accepted)]
    [TestCase("{\"data\": {\"pipeline_id\": \"two\"}}", WebhookVerdictKind.Accepted)]
    [TestCase("{\"data\": {\"pipeline_id\": 2.5}}", WebhookVerdictKind.Accepted)]
    [TestCase("{\"data\": [2], \"previous\": \"x\"}", WebhookVerdictKind.Accepted)]
    [TestCase("{\"data\": null, \"previous\": {\"pipeline_id\": 7}}", WebhookVerdictKind.Ignored)]
    public async Task VerifyAsync_DealPipelines_DecideWhetherItIsTracked(string dataAndPrevious, WebhookVerdictKind expected)
    {
        var body = "{\"meta\": {\"entity\": \"deal\", \"action\": \"change\", \"id\": \"e-1\"}, " + dataAndPrevious[1..];

        var verdict = await _receiver.VerifyAsync(Authentic(Encoding.UTF8.GetBytes(body)));

        Assert.That(verdict.Kind, Is.EqualTo(expected), body);
    }

    [Test]
    public async Task ParseAsync_DealChange_MapsTheDataWithoutCallingPipedrive()
    {
        var changes = await _receiver.ParseAsync(Stored("webhook-deal-change.json"), CancellationToken.None);

        var time = new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.Zero);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes, Is.EqualTo(new[]
            {
                new RequestChanged(new ExternalRequest(
                    "123", "Printer in the office is broken", "12", StageCategory.Working, "5", RequestStatus.Open, time, time.AddMinutes(75).AddSeconds(30))),
            }));
            Assert.That(_sandbox.CallCount, Is.Zero);
        }
    }

    [Test]
    public async Task ParseAsync_Delete_IsDeletedAtTheEventTime()
    {
        var changes = await _receiver.ParseAsync(Stored("webhook-deal-delete.json"), CancellationToken.None);

        var request = ((RequestChanged)changes.Single()).Request;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Id, Is.EqualTo("123"));
            Assert.That(request.Status, Is.EqualTo(RequestStatus.Deleted));
            Assert.That(request.UpdatedAt, Is.EqualTo(new DateTimeOffset(2023, 1, 3, 12, 0, 0, TimeSpan.Zero)));
            Assert.That(request.CreatedAt, Is.EqualTo(new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public async Task ParseAsync_MovedOutOfSupportPipeline_IsDeleted()
    {
        var changes = await _receiver.ParseAsync(Stored("webhook-deal-moved-out.json"), CancellationToken.None);

        Assert.That(changes.OfType<RequestChanged>().Select(c => (c.Request.Id, c.Request.Status)), Is.EqualTo(new[] { ("123", RequestStatus.Deleted) }));
    }

    [Test]
    public async Task ParseAsync_UserEvent_IsUsersChanged()
    {
        var changes = await _receiver.ParseAsync(Stored("webhook-user-change.json"), CancellationToken.None);

        Assert.That(changes, Is.EqualTo(new ExternalChange[] { new UsersChanged() }));
    }

    [Test]
    public async Task ParseAsync_ReducedPayload_ReReadsTheDeal()
    {
        var deal = _sandbox.CreateDeal("Reduced", new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        _sandbox.MoveDeal(deal.Id, PipedriveSandbox.WaitingStageId, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var webhook = _sandbox.CreateDealWebhook(deal.Id, minimal: true);

        var changes = await _receiver.ParseAsync(WebhookEnvelope.FromStored("c", webhook.ContentType, webhook.Body), CancellationToken.None);

        var request = ((RequestChanged)changes.Single()).Request;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_sandbox.Requests, Is.EqualTo(new[] { $"GET /api/v2/deals/{deal.Id}" }));
            Assert.That(request.Stage, Is.EqualTo(StageCategory.Waiting));
            Assert.That(request.CreatedAt, Is.EqualTo(deal.AddTime));
            Assert.That(request.StageChangedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public async Task ParseAsync_ReducedPayloadOfAVanishedDeal_IsDeleted()
    {
        var changes = await _receiver.ParseAsync(Stored("webhook-deal-reduced.json"), CancellationToken.None);

        var request = ((RequestChanged)changes.Single()).Request;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Status, Is.EqualTo(RequestStatus.Deleted));
            Assert.That(request.UpdatedAt, Is.EqualTo(new DateTimeOffset(2023, 1, 6, 12, 0, 0, TimeSpan.Zero)));
        }
    }

    private static WebhookEnvelope Authentic(string fixture) => Authentic(Fixtures.Bytes(fixture));

    private static WebhookEnvelope Authentic(byte[] body) => Envelope(body, PipedriveSandbox.BasicAuthorization(User, Password));

    private static WebhookEnvelope Envelope(string fixture, string? authorization) => Envelope(Fixtures.Bytes(fixture), authorization);

    private static WebhookEnvelope Envelope(byte[] body, string? authorization)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (authorization is not null)
        {
            headers["Authorization"] = authorization;
        }

        return new WebhookEnvelope("c", "POST", "application/json", headers, new Dictionary<string, string>(), body);
    }

    private static WebhookEnvelope Stored(string fixture) => WebhookEnvelope.FromStored("c", "application/json", Fixtures.Bytes(fixture));
}
