using System.Net;
using System.Net.Http.Headers;
using CrmSupportHub.Connectors.Uspacy.Auth;

namespace CrmSupportHub.Connectors.Uspacy.Http;

/// <summary>
/// Adds <c>Authorization: Bearer</c> to every data call and, on a 401, signs in again once and
/// repeats the call. It sits inside the retry handler, so each retry also gets a current token.
/// </summary>
internal sealed class UspacyAuthHandler(UspacyTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var jwt = await tokens.GetJwtAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        jwt = await tokens.RenewRejectedAsync(jwt, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
