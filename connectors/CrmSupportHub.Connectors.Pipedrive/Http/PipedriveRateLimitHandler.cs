namespace CrmSupportHub.Connectors.Pipedrive.Http;

/// <summary>Runs each attempt through the client's <see cref="PipedriveRateLimitGate"/>.</summary>
internal sealed class PipedriveRateLimitHandler(PipedriveRateLimitGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            gate.Observe(null); // it may still have reached Pipedrive and counted
            throw;
        }

        gate.Observe(response);
        return response;
    }
}
