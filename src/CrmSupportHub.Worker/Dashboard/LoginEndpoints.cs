using CrmSupportHub.Worker.Dashboard.Pages;
using CrmSupportHub.Worker.Dashboard.Rendering;
using CrmSupportHub.Worker.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CrmSupportHub.Worker.Dashboard;

/// <summary><c>/login</c> trades an analyst's API key for the dashboard cookie; <c>/logout</c> drops it.</summary>
internal static partial class LoginEndpoints
{
    private const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IResult Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Analyst.From(context.User) is not null
            ? Results.Redirect(LocalOrRoot(returnUrl))
            : new HtmlPage(LoginPage.Render(DashboardUser.CsrfField(context, antiforgery), LocalOrRoot(returnUrl), null));
    }

    public static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, AnalystDirectory analysts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var returnUrl = LocalOrRoot(form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Retry(context, antiforgery, returnUrl, StatusCodes.Status400BadRequest, "The sign-in form had expired. Enter your key again.");
        }

        if (analysts.Authenticate(form["key"].ToString().Trim()) is not { } analyst)
        {
            LogRefused(loggers.CreateLogger(typeof(LoginEndpoints)), context.Connection.RemoteIpAddress?.ToString());
            return Retry(context, antiforgery, returnUrl, StatusCodes.Status401Unauthorized, "That API key is not valid. Check it and try again.");
        }

        await context.SignInAsync(Scheme, analyst.ToPrincipal(Scheme)).ConfigureAwait(false);
        return Results.Redirect(returnUrl);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return ErrorPage.BadRequest(DashboardUser.Of(context, antiforgery), "The logout form had expired; reload the page and log out again.");
        }

        await context.SignOutAsync(Scheme).ConfigureAwait(false);
        return Results.Redirect("/login");
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative URL would make the login an open redirect.</summary>
    public static string LocalOrRoot(string? url) =>
        url is ['/'] or ['/', not ('/' or '\\'), ..] ? url : "/";

    private static HtmlPage Retry(HttpContext context, IAntiforgery antiforgery, string returnUrl, int status, string message) =>
        new(LoginPage.Render(DashboardUser.CsrfField(context, antiforgery), returnUrl, message), status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard sign-in refused: unknown API key (from {RemoteAddress})")]
    private static partial void LogRefused(ILogger logger, string? remoteAddress);
}
