using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Http;

public class PipedriveRetryPolicyTests
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [TestCase("POST", HttpStatusCode.ServiceUnavailable)]
    [TestCase("PATCH", HttpStatusCode.TooManyRequests)]
    [TestCase("POST", HttpStatusCode.InternalServerError)]
    public void ShouldRetry_NonIdempotentMethod_Never(string method, HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromResult(response), new HttpMethod(method), MaxDelay, _time), Is.False);
    }

    [Test]
    public void ShouldRetry_NonIdempotentMethodAfterNetworkError_Never()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset"));

        Assert.That(HttpRetryPolicy.ShouldRetry(outcome, HttpMethod.Post, MaxDelay, _time), Is.False);
    }

    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.BadGateway, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.GatewayTimeout, true)]
    [TestCase(HttpStatusCode.RequestTimeout, true)]
    [TestCase(HttpStatusCode.NotImplemented, false)]
    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.Unauthorized, false)]
    [TestCase(HttpStatusCode.Forbidden, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.OK, false)]
    public void ShouldRetry_Get_RetriesOnlyTransientStatuses(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromResult(response), HttpMethod.Get, MaxDelay, _time), Is.EqualTo(expected));
    }

    [Test]
    public void ShouldRetry_GetAfterNetworkErrorOrTimeout_Retries()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException()), HttpMethod.Get, MaxDelay, _time), Is.True);
            Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), HttpMethod.Get, MaxDelay, _time), Is.True);
            Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), HttpMethod.Get, MaxDelay, _time), Is.False);
        }
    }

    [TestCase(30, true)]
    [TestCase(60, true)]
    [TestCase(3600, false)]
    public void ShouldRetry_TooManyRequests_OnlyWhenRetryAfterIsWithinMaxDelay(int retryAfterSeconds, bool expected)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new(TimeSpan.FromSeconds(retryAfterSeconds));

        Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromResult(response), HttpMethod.Get, MaxDelay, _time), Is.EqualTo(expected));
    }

    [Test]
    public void RetryAfter_DeltaDateOrMissing()
    {
        using var delta = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        delta.Headers.RetryAfter = new(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.RetryAfter = new(_time.GetUtcNow().AddSeconds(42));
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new(_time.GetUtcNow().AddSeconds(-5));
        using var missing = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(HttpRetryPolicy.RetryAfter(delta, _time), Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(HttpRetryPolicy.RetryAfter(date, _time), Is.EqualTo(TimeSpan.FromSeconds(42)));
            Assert.That(HttpRetryPolicy.RetryAfter(past, _time), Is.EqualTo(TimeSpan.Zero));
            Assert.That(HttpRetryPolicy.RetryAfter(missing, _time), Is.Null);
        }
    }
}
