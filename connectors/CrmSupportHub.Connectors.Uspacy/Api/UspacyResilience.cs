using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>
/// Retries for data calls: Uspacy publishes no rate limits, so 429 (after its <c>Retry-After</c>),
/// 408, 5xx, timeouts and network errors are retried with exponential backoff, GETs only. A 401 is
/// not retried here: <see cref="Auth.UspacyAuthHandler"/> signs in again once.
/// </summary>
internal static class UspacyResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, UspacyConnectionOptions connection, TimeProvider time)
    {
        if (connection.MaxRetries > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = connection.MaxRetries,
                Delay = connection.RetryBaseDelay,
                MaxDelay = connection.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            };
            retry.DisableForUnsafeHttpMethods();
            var retryable = retry.ShouldHandle;
            retry.ShouldHandle = args => WaitsTooLong(args.Outcome.Result, connection.MaxRetryDelay, time)
                ? PredicateResult.False()
                : retryable(args);
            pipeline.AddRetry(retry);
        }

        pipeline.AddTimeout(connection.Timeout);
    }

    /// <summary>A 429 asking for a longer pause than allowed fails now rather than holding a poll for minutes.</summary>
    internal static bool WaitsTooLong(HttpResponseMessage? response, TimeSpan maxDelay, TimeProvider time)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests, Headers.RetryAfter: { } retryAfter })
        {
            return false;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
        return wait > maxDelay;
    }
}
