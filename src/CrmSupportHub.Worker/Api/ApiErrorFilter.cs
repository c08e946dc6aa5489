using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Api;

/// <summary>Maps refused operations thrown by an endpoint to problems; anything else stays a 500.</summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (HubOperationException ex)
        {
            return ApiProblem.From(ex);
        }
        catch (LedgerException ex)
        {
            return ApiProblem.From(ex);
        }
    }
}
