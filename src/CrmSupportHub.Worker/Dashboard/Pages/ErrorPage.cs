using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary>403, 404 and refused forms: what went wrong in words, and the way back.</summary>
internal static class ErrorPage
{
    public static HtmlPage Forbidden(DashboardUser user, string clientId) => Render(
        user, StatusCodes.Status403Forbidden, "Not your client", $"Your key does not give access to client '{clientId}'. Ask an admin to add it to your key's clients.");

    public static HtmlPage NotFound(DashboardUser? user, string message) => Render(user, StatusCodes.Status404NotFound, "Not found", message);

    public static HtmlPage BadRequest(DashboardUser? user, string message) => Render(user, StatusCodes.Status400BadRequest, "Request refused", message);

    private static HtmlPage Render(DashboardUser? user, int status, string title, string message) =>
        new(Layout.Page(title, user, Html.Of($"""
            <h1>{title}</h1>
            <p class="error" role="alert">{message}</p>
            <p><a href="/">Back to the overview</a></p>
            """)), status);
}
