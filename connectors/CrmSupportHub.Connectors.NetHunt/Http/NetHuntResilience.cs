using Microsoft.Extensions.Http.Resilience;

namespace CrmSupportHub.Connectors.NetHunt.Http;

/// <summary>
/// The standard resilience pipeline tuned from the client's <c>Connection</c> section. NetHunt
/// documents no rate limit, so the only signals are 429 (with <c>Retry-After</c>, when sent) and 5xx.
/// </summary>
internal static class NetHuntResilience
{
    private static readonly TimeSpan WaitingBudget = TimeSpan.FromMinutes(2);

    public static void Apply(HttpStandardResilienceOptions resilience, NetHuntConnectionOptions connection)
    {
        resilience.Retry.DisableForUnsafeHttpMethods(); // a repeated create-record would duplicate a ticket
        resilience.Retry.MaxRetryAttempts = connection.MaxRetries;
        resilience.Retry.Delay = connection.RetryBaseDelay;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.AttemptTimeout.Timeout = connection.Timeout;
        resilience.TotalRequestTimeout.Timeout = (connection.Timeout * (connection.MaxRetries + 1)) + WaitingBudget;
        var sampling = connection.Timeout * 2;
        resilience.CircuitBreaker.SamplingDuration = sampling > resilience.CircuitBreaker.SamplingDuration
            ? sampling
            : resilience.CircuitBreaker.SamplingDuration;
    }
}
