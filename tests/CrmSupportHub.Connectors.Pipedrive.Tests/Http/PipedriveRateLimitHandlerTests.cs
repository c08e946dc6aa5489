using System.Net;
using CrmSupportHub.Connectors.Pipedrive.Http;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Http;

public class PipedriveRateLimitHandlerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task SendAsync_RemainingZero_WaitsResetSecondsBeforeTheNextRequest()
    {
        var stub = new StubHandler(_time, i => Answer(remaining: i == 0 ? 0 : 5, reset: 2));
        using var client = Client(stub);
        await client.GetAsync(new Uri("https://acme.pipedrive.com/api/v1/users"));

        var second = client.GetAsync(new Uri("https://acme.pipedrive.com/api/v1/users"));
        _time.Advance(TimeSpan.FromSeconds(1));
        var waitingAfterOneSecond = !second.IsCompleted && stub.Calls.Count == 1;
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(waitingAfterOneSecond, Is.True, "still held back one second into a two-second reset");
            Assert.That(stub.Calls[1].At - stub.Calls[0].At, Is.EqualTo(TimeSpan.FromSeconds(2)));
        }
    }

    [Test]
    public async Task SendAsync_OwnRequestsFillTheWindow_NextGoesWhenTheOldestAnswerIsAWindowOld()
    {
        // Limit 3: the third answer says remaining 0 and reset 2 (whole seconds, rounded up), but
        // the first request left the window 2 s after its answer, 0.6 s before that reset ends.
        var stub = new StubHandler(_time, i => Answer(remaining: Math.Max(0, 2 - i), reset: 2, limit: 3));
        using var client = Client(stub);
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync(new Uri("https://acme.pipedrive.com/api/v2/deals"));
            _time.Advance(TimeSpan.FromMilliseconds(300));
        }

        var fourth = client.GetAsync(new Uri("https://acme.pipedrive.com/api/v2/deals"));
        _time.Advance(TimeSpan.FromMilliseconds(1_000));
        var heldBack = !fourth.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await fourth.WaitAsync(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(heldBack, Is.True, "three requests in the last two seconds");
            Assert.That(stub.Calls[3].At - stub.Calls[0].At, Is.EqualTo(PipedriveRateLimitGate.Window));
        }
    }

    [Test]
    public async Task WaitAsync_PlacesTakenByRequestsInFlight_WaitsForTheirAnswers()
    {
        var gate = new PipedriveRateLimitGate(_time);
        await gate.WaitAsync(CancellationToken.None);
        using (var learnLimit = Answer(remaining: 1, reset: 2, limit: 2))
        {
            gate.Observe(learnLimit);
        }

        await gate.WaitAsync(CancellationToken.None); // in flight: one answered, one sent
        var third = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(1_900));
        var heldBack = !third.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(heldBack, Is.True, "the second request, not yet answered, still holds a place");
    }

    [Test]
    public void Observe_AttemptWithoutAnswer_StillHoldsItsPlaceForAWindow()
    {
        var gate = new PipedriveRateLimitGate(_time);
        using (var learnLimit = Answer(remaining: 0, reset: 1, limit: 2))
        {
            gate.Observe(learnLimit);
        }

        gate.Observe(null);

        Assert.That(gate.PendingWait, Is.EqualTo(PipedriveRateLimitGate.Window), "a timed-out request may have counted");
    }

    [Test]
    public async Task SendAsync_RemainingLeft_DoesNotWait()
    {
        var stub = new StubHandler(_time, _ => Answer(remaining: 3, reset: 2));
        using var client = Client(stub);

        await client.GetAsync(new Uri("https://acme.pipedrive.com/api/v1/users"));
        var second = client.GetAsync(new Uri("https://acme.pipedrive.com/api/v1/users"));

        Assert.That(stub.Calls, Has.Count.EqualTo(2), "sent at once, without advancing time");
        await second;
    }

    [Test]
    public void Observe_HugeReset_IsCappedAtTenSeconds()
    {
        var gate = new PipedriveRateLimitGate(_time);

        using var response = Answer(remaining: 0, reset: 86_400);
        gate.Observe(response);

        Assert.That(gate.PendingWait, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Observe_MissingOrMalformedHeaders_DoNotBlock()
    {
        var gate = new PipedriveRateLimitGate(_time);
        using var none = new HttpResponseMessage(HttpStatusCode.OK);
        using var malformed = new HttpResponseMessage(HttpStatusCode.OK);
        malformed.Headers.TryAddWithoutValidation("x-ratelimit-remaining", "zero");
        malformed.Headers.TryAddWithoutValidation("x-ratelimit-reset", "2");

        gate.Observe(none);
        gate.Observe(malformed);

        Assert.That(gate.PendingWait, Is.EqualTo(TimeSpan.Zero));
    }

    private HttpClient Client(StubHandler stub) =>
        new(new PipedriveRateLimitHandler(new PipedriveRateLimitGate(_time)) { InnerHandler = stub });

    private static HttpResponseMessage Answer(int remaining, int reset, int limit = 20)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("x-ratelimit-limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("x-ratelimit-remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("x-ratelimit-reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }
}
