namespace CrmSupportHub.Connectors.Uspacy.Auth;

/// <summary>A signed-in session: the JWT for API calls, the refresh token, when to refresh and when the JWT expires.</summary>
internal sealed record UspacyToken(string Jwt, string? RefreshToken, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// Refreshes a tenth of the lifetime before expiry, at most five minutes and at least five
    /// seconds before, so no call leaves with a JWT about to lapse in flight.
    /// </summary>
    public static UspacyToken Issued(string jwt, string? refreshToken, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        var margin = TimeSpan.FromTicks(Math.Max(0, (expiresAt - issuedAt).Ticks) / 10);
        margin = margin > TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5) : margin < TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : margin;
        return new UspacyToken(jwt, refreshToken, expiresAt - margin, expiresAt);
    }

    public bool IsFresh(DateTimeOffset now) => now < RefreshAt && now < ExpiresAt;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Keeps this JWT after a failed refresh and tries again after <paramref name="delay"/>, never past expiry.</summary>
    public UspacyToken RetryRefreshAfter(DateTimeOffset now, TimeSpan delay) =>
        this with { RefreshAt = now + delay < ExpiresAt ? now + delay : ExpiresAt };
}
