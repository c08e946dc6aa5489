using System.Net;
using Polly;
using Polly.Timeout;

namespace CrmSupportHub.Connectors;

/// <summary>Which failed attempts on a CRM API are worth another try, and how long the CRM asked us to wait; shared by every connector's resilience pipeline.</summary>
public static class HttpRetryPolicy
{
    /// <summary>
    /// Transient failures of idempotent requests: 408, 429, 5xx, timeouts and network errors. POST and
    /// PATCH are never retried (a retry could create or change twice), nor is a 429 whose
    /// <c>Retry-After</c> exceeds <paramref name="maxDelay"/> (e.g. Pipedrive's daily budget, spent until midnight).
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, TimeSpan maxDelay, TimeProvider time)
    {
        if (method is null || !IsIdempotent(method))
        {
            return false;
        }

        if (outcome.Exception is { } error)
        {
            return error is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result is { } response && response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryAfter(response, time) is not { } delay || delay <= maxDelay,
            var status => IsTransient(status),
        };
    }

    /// <summary>Failures that count against the circuit breaker: the server or the network, not our rate.</summary>
    public static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && IsTransient(response.StatusCode));

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or a date), or <see langword="null"/> to back off.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return delay is { } d && d < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;

    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout
        || (status >= HttpStatusCode.InternalServerError && status is not (HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported));
}
