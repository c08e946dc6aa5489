namespace CrmSupportHub.Worker.Api;

/// <summary>Answers a request the API could not bind (malformed JSON, a number that is not one) with a problem that says which part was wrong.</summary>
internal sealed class BadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = ex.StatusCode;
            await Results.Problem(detail: ex.Message, statusCode: ex.StatusCode).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
