namespace CrmSupportHub.Connectors.KeyCrm.Http;

/// <summary>Takes a permit before every attempt, retries included, so the whole client stays under KeyCRM's limit.</summary>
internal sealed class RateLimitingHandler(RequestRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var permit = await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            limiter.Complete(permit);
        }
    }
}
