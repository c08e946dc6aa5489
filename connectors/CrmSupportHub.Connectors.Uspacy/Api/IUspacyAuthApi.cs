using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>
/// Sign-in and refresh. They run on their own HTTP client without retries: both are POSTs that
/// issue tokens, so a blind re-send could sign in twice.
/// </summary>
internal interface IUspacyAuthApi
{
    [Post("/auth/v1/auth/app_sign_in")]
    Task<IApiResponse<TokenDto>> SignInAsync([Body] AppSignInDto credentials, CancellationToken cancellationToken);

    /// <summary>Rotates both tokens; the refresh token goes in the Authorization header, the body stays empty.</summary>
    [Post("/auth/v1/auth/refresh_token")]
    Task<IApiResponse<TokenDto>> RefreshAsync([Header("Authorization")] string bearerRefreshToken, CancellationToken cancellationToken);
}
