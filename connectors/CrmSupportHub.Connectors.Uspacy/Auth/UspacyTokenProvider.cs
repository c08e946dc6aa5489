using System.Net;
using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using Microsoft.Extensions.Logging;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Auth;

/// <summary>
/// Holds one client's Uspacy session. Every sign-in and refresh runs under one gate, so however
/// many calls find the JWT stale or rejected at once, the portal sees a single sign-in.
/// </summary>
internal sealed class UspacyTokenProvider(
    IUspacyAuthApi auth,
    UspacyConnectionOptions connection,
    TimeProvider time,
    ILogger<UspacyTokenProvider> logger) : IDisposable
{
    // Used when the portal states no lifetime and the JWT has no exp: a 401 renews it anyway.
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan RefreshRetryDelay = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private UspacyToken? _token;

    /// <summary>A JWT that is not about to expire: the current one, a refreshed one, or one from a new sign-in.</summary>
    public async ValueTask<string> GetJwtAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _token);
        if (current is not null && current.IsFresh(time.GetUtcNow()))
        {
            return current.Jwt;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _token;
            var now = time.GetUtcNow();
            if (current is not null && current.IsFresh(now))
            {
                return current.Jwt; // another caller renewed it while this one waited
            }

            var next = current is { RefreshToken: not null } && !current.IsExpired(now)
                ? await RefreshAsync(current, cancellationToken).ConfigureAwait(false)
                : await SignInAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _token, next);
            return next.Jwt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// After the portal answered 401 to <paramref name="rejectedJwt"/>: signs in again, unless another
    /// caller already replaced that JWT.
    /// </summary>
    public async ValueTask<string> RenewRejectedAsync(string rejectedJwt, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _token;
            if (current is not null && current.Jwt != rejectedJwt && !current.IsExpired(time.GetUtcNow()))
            {
                return current.Jwt;
            }

            logger.LogInformation("Uspacy rejected the session token; signing in again");
            var next = await SignInAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _token, next);
            return next.Jwt;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<UspacyToken> RefreshAsync(UspacyToken current, CancellationToken cancellationToken)
    {
        IApiResponse<TokenDto> response;
        try
        {
            response = await auth.RefreshAsync($"Bearer {current.RefreshToken}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not ConnectorException)
        {
            return KeepAfterFailedRefresh(current, e.GetType().Name);
        }

        using (response)
        {
            if (response is { IsSuccessStatusCode: true, Error: null, Content.Jwt: not null })
            {
                return ToToken(response.Content, "refreshing the session");
            }

            var status = (int)response.StatusCode.GetValueOrDefault();
            if (response.IsReceived && status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                // A refused refresh token (revoked, rotated, tariff exceeded): the client credentials may still work.
                logger.LogInformation("Uspacy refused the refresh token ({Status}); signing in again", status);
                return await SignInAsync(cancellationToken).ConfigureAwait(false);
            }

            return KeepAfterFailedRefresh(current, response.IsReceived ? $"HTTP {status}" : "no answer");
        }
    }

    // The JWT is still valid for a while: keep it and try the refresh again a little later.
    private UspacyToken KeepAfterFailedRefresh(UspacyToken current, string reason)
    {
        logger.LogWarning("Refreshing the Uspacy session failed ({Reason}); the current token is kept until it expires", reason);
        return current.RetryRefreshAfter(time.GetUtcNow(), RefreshRetryDelay);
    }

    private async Task<UspacyToken> SignInAsync(CancellationToken cancellationToken)
    {
        var credentials = new AppSignInDto(connection.ClientId, connection.ClientSecret);
        var dto = await UspacyApiCaller.Send(ct => auth.SignInAsync(credentials, ct), "signing in", cancellationToken).ConfigureAwait(false);
        return ToToken(dto, "signing in");
    }

    private UspacyToken ToToken(TokenDto? dto, string operation)
    {
        if (string.IsNullOrWhiteSpace(dto?.Jwt))
        {
            throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"Uspacy answered {operation} without a token.");
        }

        var now = time.GetUtcNow();
        var expiresAt = (dto.ExpireInSeconds ?? dto.ExpiresInSeconds) is { } seconds and > 0
            ? now.AddSeconds(seconds)
            : JwtExpiry.Read(dto.Jwt) ?? now + FallbackLifetime;
        return UspacyToken.Issued(dto.Jwt, string.IsNullOrWhiteSpace(dto.RefreshToken) ? null : dto.RefreshToken, now, expiresAt);
    }
}
