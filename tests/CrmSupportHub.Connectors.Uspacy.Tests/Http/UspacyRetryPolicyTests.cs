using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Http;

public sealed class UspacyRetryPolicyTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 5, 7, 12, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.BadGateway, true)]
    [TestCase(HttpStatusCode.RequestTimeout, true)]
    [TestCase(HttpStatusCode.Unauthorized, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.NotImplemented, false)]
    public void ShouldRetry_Get_RetriesTransientStatusesOnly(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromResult(response), HttpMethod.Get, MaxDelay, Time), Is.EqualTo(expected));
    }

    [Test]
    public void ShouldRetry_Post_IsNeverRetried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromResult(response), HttpMethod.Post, MaxDelay, Time), Is.False);
    }

    [Test]
    public void ShouldRetry_RetryAfterLongerThanAllowed_FailsAtOnce()
    {
        using var response = TooManyRequests(TimeSpan.FromMinutes(5));

        Assert.That(HttpRetryPolicy.ShouldRetry(Outcome.FromResult(response), HttpMethod.Get, MaxDelay, Time), Is.False);
    }

    [Test]
    public void RetryAfter_SecondsOrDate_IsTheRequestedWait()
    {
        using var seconds = TooManyRequests(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Time.GetUtcNow().AddSeconds(30));
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.That(
            (HttpRetryPolicy.RetryAfter(seconds, Time), HttpRetryPolicy.RetryAfter(date, Time), HttpRetryPolicy.RetryAfter(none, Time)),
            Is.EqualTo(((TimeSpan?)TimeSpan.FromSeconds(7), (TimeSpan?)TimeSpan.FromSeconds(30), (TimeSpan?)null)));
    }

    private static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
