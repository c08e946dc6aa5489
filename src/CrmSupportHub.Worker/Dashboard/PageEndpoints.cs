using System.Globalization;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Dashboard.Pages;
using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace CrmSupportHub.Worker.Dashboard;

/// <summary>The read-only pages: overview, client, request. A client outside the analyst's scope gets 403, an unknown one 404.</summary>
internal static class PageEndpoints
{
    public static async Task<IResult> OverviewAsync(
        HttpContext context, IAntiforgery antiforgery, DashboardData data, TimeProvider time, CancellationToken cancellationToken)
    {
        if (DashboardUser.Of(context, antiforgery) is not { } user)
        {
            return Results.Challenge();
        }

        var rows = await data.OverviewAsync(user.Analyst, cancellationToken).ConfigureAwait(false);
        return new HtmlPage(OverviewPage.Render(user, rows, time.GetUtcNow()));
    }

    public static async Task<IResult> ClientAsync(
        string clientId, long? logged, HttpContext context, IAntiforgery antiforgery, DashboardData data, CancellationToken cancellationToken)
    {
        if (DashboardUser.Of(context, antiforgery) is not { } user)
        {
            return Results.Challenge();
        }

        if (!user.Analyst.MaySee(clientId))
        {
            return ErrorPage.Forbidden(user, clientId);
        }

        try
        {
            var page = await data.ClientAsync(clientId, cancellationToken).ConfigureAwait(false);
            return new HtmlPage(ClientPage.Render(user, page, LogHoursForm.Blank(page.Today), Logged(page, logged)));
        }
        catch (HubOperationException ex) when (ex.Kind == HubErrorKind.NotFound)
        {
            return ErrorPage.NotFound(user, ex.Message);
        }
    }

    public static async Task<IResult> RequestAsync(
        string clientId, string requestId, HttpContext context, IAntiforgery antiforgery, DashboardData data, CancellationToken cancellationToken)
    {
        if (DashboardUser.Of(context, antiforgery) is not { } user)
        {
            return Results.Challenge();
        }

        if (!user.Analyst.MaySee(clientId))
        {
            return ErrorPage.Forbidden(user, clientId);
        }

        try
        {
            var page = await data.RequestAsync(clientId, requestId, cancellationToken).ConfigureAwait(false);
            return new HtmlPage(RequestPage.Render(user, page));
        }
        catch (HubOperationException ex) when (ex.Kind == HubErrorKind.NotFound)
        {
            return ErrorPage.NotFound(user, ex.Message);
        }
    }

    /// <summary>After "log hours" redirects here: what was logged and what is left now.</summary>
    private static string? Logged(ClientPageModel page, long? entryId)
    {
        if (entryId is null || page.Entries.FirstOrDefault(e => e.Id == entryId) is not { } entry)
        {
            return null;
        }

        var left = page.Month.AvailableMinutes - page.Month.Logged.CarryInUsed - page.Month.Logged.BucketBurn;
        return string.Create(CultureInfo.InvariantCulture,
            $"Logged {Show.Minutes(entry.Minutes)} on {entry.Date:yyyy-MM-dd} as entry #{entry.Id}. Hours left this month: {Show.Minutes(left)}.");
    }
}
