namespace CrmSupportHub.Connectors.Http;

/// <summary>The knobs of <see cref="ConnectorResilience"/>, bound from a connector's <c>Connection</c> section.</summary>
public interface IHttpResilienceOptions
{
    /// <summary>Retries of a failed idempotent call; 0 turns retrying off.</summary>
    int MaxRetries { get; }

    TimeSpan RetryBaseDelay { get; }

    /// <summary>The longest wait between attempts, also the longest <c>Retry-After</c> honoured.</summary>
    TimeSpan MaxRetryDelay { get; }

    /// <summary>The timeout of one attempt.</summary>
    TimeSpan Timeout { get; }
}
