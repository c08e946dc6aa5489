namespace CrmSupportHub.Connectors.Pipedrive.Http;

/// <summary>Runs each attempt through the client's <see cref="PipedriveRateLimitGate"/>.</summary>
internal sealed class PipedriveRateLimitHandler(PipedriveRateLimitGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        gate.Observe(response);
        return response;
    }
}
