using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Security;

/// <summary>Authenticates API calls by the <c>X-Api-Key</c> header or <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AnalystDirectory analysts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    public static bool HasKey(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasKey(Request))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = Request.Headers.TryGetValue(HeaderName, out var header)
            ? header.ToString()
            : Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var analyst = analysts.Authenticate(key);
        return Task.FromResult(analyst is null
            ? AuthenticateResult.Fail("The API key is not valid.") // never echo the key
            : AuthenticateResult.Success(new AuthenticationTicket(analyst.ToPrincipal(SchemeName), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(
            new { title = "Unauthorized", status = 401, detail = $"Send a valid API key in the {HeaderName} header (or Authorization: Bearer)." },
            Context.RequestAborted).ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(
            new { title = "Forbidden", status = 403, detail = "Your key does not allow this." }, Context.RequestAborted).ConfigureAwait(false);
    }
}
