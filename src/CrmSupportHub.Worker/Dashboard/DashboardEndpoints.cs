using CrmSupportHub.Worker.Dashboard.Assets;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CrmSupportHub.Worker.Dashboard;

/// <summary>The analysts' dashboard: server-rendered pages signed in with the analyst's API key (kept in a cookie).</summary>
internal static class DashboardEndpoints
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "crm-support-hub-csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__csrf";
        });
        services.AddSingleton<DashboardData>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet(DashboardStyles.Path, (HttpContext context) => Asset(context, DashboardStyles.Css, "text/css; charset=utf-8"));
        app.MapGet(CountdownScript.Path, (HttpContext context) => Asset(context, CountdownScript.Js, "text/javascript; charset=utf-8"));
        app.MapGet("/login", LoginEndpoints.Form);
        app.MapPost("/login", LoginEndpoints.SignInAsync);

        // Pages answer only to the cookie: an API key header does not open them, and without the cookie the browser goes to /login.
        var pages = app.MapGroup(string.Empty)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        pages.MapPost("/logout", LoginEndpoints.SignOutAsync);
        pages.MapGet("/", PageEndpoints.OverviewAsync);
        pages.MapGet("/clients/{clientId}", PageEndpoints.ClientAsync);
        pages.MapPost("/clients/{clientId}/work", WorkEndpoint.LogAsync);
        pages.MapGet("/clients/{clientId}/requests/{requestId}", PageEndpoints.RequestAsync);
        return app;
    }

    private static IResult Asset(HttpContext context, string content, string contentType)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(content, contentType);
    }
}
