namespace CrmSupportHub.Connectors;

/// <summary>
/// Reads each answer's body inside the client's resilience pipeline. A body cut off mid-transfer
/// then fails the attempt, which is retried like any network error and bounded by the attempt's
/// timeout, instead of failing afterwards while the answer is parsed, where nothing retries it.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
