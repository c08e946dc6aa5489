using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Security;

namespace CrmSupportHub.Worker.Api;

/// <summary>
/// Guards every <c>/clients/{clientId}</c> route: a client outside the key's scope is 403 (whether
/// or not it exists, so a scoped key learns nothing about other clients), an unknown one is 404.
/// </summary>
internal sealed class ClientScopeFilter(ClientDirectory clients) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var clientId = context.HttpContext.GetRouteValue("clientId") as string ?? string.Empty;
        var analyst = Analyst.From(context.HttpContext.User);
        if (analyst is null || !analyst.MaySee(clientId))
        {
            return ApiProblem.Forbidden($"Your key does not give access to client '{clientId}'.");
        }

        if (clients.Find(clientId) is null)
        {
            return Results.Problem(detail: $"Unknown client '{clientId}': it is not configured.", statusCode: StatusCodes.Status404NotFound);
        }

        return await next(context).ConfigureAwait(false);
    }
}
