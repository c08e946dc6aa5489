using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Dashboard.Pages;
using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace CrmSupportHub.Worker.Dashboard;

/// <summary>
/// <c>POST /clients/{id}/work</c>: the "log hours" form. Logged work redirects back to the client page;
/// a form the ledger refuses comes back with the reason and the values typed, and nothing is stored.
/// </summary>
internal static class WorkEndpoint
{
    public static async Task<IResult> LogAsync(
        string clientId,
        HttpContext context,
        IAntiforgery antiforgery,
        DashboardData data,
        WorkService work,
        ISupportRequestStore requests,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (DashboardUser.Of(context, antiforgery) is not { } user)
        {
            return Results.Challenge();
        }

        if (!user.Analyst.MaySee(clientId))
        {
            return ErrorPage.Forbidden(user, clientId);
        }

        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return ErrorPage.BadRequest(user, "The form had expired, so nothing was logged. Open the client page again and resend it.");
        }

        var form = LogHoursForm.Read(await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false));
        try
        {
            var page = await data.ClientAsync(clientId, cancellationToken).ConfigureAwait(false);
            var (draft, error) = form.ToDraft(page.Client.Id, user.Analyst.Name);
            if (draft?.RequestId is { } requestId && await requests.GetAsync(page.Client.Id, requestId, cancellationToken).ConfigureAwait(false) is null)
            {
                error = $"Client '{page.Client.Id}' has no request '{requestId}'.";
            }

            if (error is null)
            {
                try
                {
                    var recorded = await work.LogAsync(draft!, cancellationToken).ConfigureAwait(false);
                    return Results.Redirect(FormattableString.Invariant($"{Links.Client(page.Client.Id)}?logged={recorded.Entry.Id}#hours"));
                }
                catch (LedgerException ex)
                {
                    error = ex.Message;
                }
            }

            return new HtmlPage(ClientPage.Render(user, page, form, error: "Nothing was logged: " + error), StatusCodes.Status400BadRequest);
        }
        catch (HubOperationException ex) when (ex.Kind == HubErrorKind.NotFound)
        {
            return ErrorPage.NotFound(user, ex.Message);
        }
    }
}
