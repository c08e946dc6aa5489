using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace CrmSupportHub.Connectors.Http;

/// <summary>
/// The per-client HTTP pipeline, outermost first: retry (GET only, honouring <c>Retry-After</c>,
/// else exponential backoff with jitter), circuit breaker (server and network failures), and a
/// timeout per attempt. A CRM with published limits adds its own pacing handler beside it.
/// </summary>
public static class ConnectorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IHttpResilienceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.TimeProvider = time;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(HttpRetryPolicy.ShouldRetry(
                    args.Outcome, args.Context.GetRequestMessage()?.Method, options.MaxRetryDelay, time)),
                DelayGenerator = args => ValueTask.FromResult(HttpRetryPolicy.RetryAfter(args.Outcome.Result, time)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose(); // frees the connection of the answer we discard
                    return default;
                },
            });
        }

        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(HttpRetryPolicy.IsFailure(args.Outcome)),
            })
            .AddTimeout(options.Timeout);
    }
}
