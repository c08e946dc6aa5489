using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CrmSupportHub.Connectors.KeyCrm.Http;

/// <summary>
/// The per-client HTTP pipelines. KeyCRM's limit is per minute, so a request may wait long for its
/// permit: the permit is taken between the retry pipeline (outer) and the timeout pipeline (inner),
/// and waiting for it never counts as a slow attempt.
/// </summary>
internal static class KeyCrmResilience
{
    /// <summary>429 (after <c>Retry-After</c> when sent, else exponential backoff with jitter), 408, 5xx and transport errors; GETs only.</summary>
    public static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, KeyCrmConnectionOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.TimeProvider = time;
        if (options.MaxRetries == 0)
        {
            return; // Polly needs at least one attempt to retry
        }

        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };
        retry.DisableForUnsafeHttpMethods();
        builder.AddRetry(retry);
    }

    public static void ConfigureAttemptTimeout(ResiliencePipelineBuilder<HttpResponseMessage> builder, KeyCrmConnectionOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.TimeProvider = time;
        builder.AddTimeout(options.Timeout);
    }
}
