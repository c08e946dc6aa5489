using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CrmSupportHub.Worker.Security;

internal static class SecurityExtensions
{
    /// <summary>The API's key scheme, the dashboard's cookie (set by the login page from the same keys), and a selector between them.</summary>
    public const string Selector = "ApiKeyOrCookie";
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddAnalystAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<AnalystDirectory>();
        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or dashboard cookie", o =>
                o.ForwardDefaultSelector = context => ApiKeyAuthenticationHandler.HasKey(context.Request) || IsApi(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "crm-support-hub";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the dashboard is served over HTTPS; a loopback demo over plain HTTP still works.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/login";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(null)
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(nameof(AnalystRole.Admin)));
        return services;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
