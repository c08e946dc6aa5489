using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>
/// Issues JWT-shaped access tokens (with <c>exp</c> and <c>domain</c> claims, unsigned) and refresh
/// tokens, checks them against the sandbox clock, and counts sign-ins, refreshes and how many
/// sign-ins ever ran at the same time.
/// </summary>
internal sealed class UspacySandboxTokens(UspacySandboxOptions options, string domain)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _access = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refresh = new(StringComparer.Ordinal);
    private int _signIns;
    private int _refreshes;
    private int _signInsRunning;
    private int _maxConcurrentSignIns;

    public int SignIns => Volatile.Read(ref _signIns);

    public int Refreshes => Volatile.Read(ref _refreshes);

    public int MaxConcurrentSignIns => Volatile.Read(ref _maxConcurrentSignIns);

    /// <summary>Marks a sign-in as running until the returned scope is disposed.</summary>
    public IDisposable BeginSignIn()
    {
        Interlocked.Increment(ref _signIns);
        var running = Interlocked.Increment(ref _signInsRunning);
        int max;
        while (running > (max = Volatile.Read(ref _maxConcurrentSignIns))
            && Interlocked.CompareExchange(ref _maxConcurrentSignIns, running, max) != max)
        {
        }

        return new SignInScope(this);
    }

    public (string Jwt, string RefreshToken, long ExpiresIn) Issue()
    {
        var now = options.TimeProvider.GetUtcNow();
        var expires = now + options.TokenLifetime;
        var jwt = Jwt(now, expires);
        var refresh = "refresh-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_lock)
        {
            _access[jwt] = expires;
            _refresh.Add(refresh);
        }

        return (jwt, refresh, (long)options.TokenLifetime.TotalSeconds);
    }

    /// <summary>Rotates a refresh token: the old one is spent, a new pair is issued; null when it is unknown or spent.</summary>
    public (string Jwt, string RefreshToken, long ExpiresIn)? Refresh(string refreshToken)
    {
        lock (_lock)
        {
            if (!_refresh.Remove(refreshToken))
            {
                return null;
            }
        }

        Interlocked.Increment(ref _refreshes);
        return Issue();
    }

    public bool IsValid(string? jwt)
    {
        lock (_lock)
        {
            return jwt is not null && _access.TryGetValue(jwt, out var expires) && options.TimeProvider.GetUtcNow() < expires;
        }
    }

    /// <summary>Forgets every token, as when the OAuth client is revoked or the portal restarts its auth service.</summary>
    public void RevokeAll()
    {
        lock (_lock)
        {
            _access.Clear();
            _refresh.Clear();
        }
    }

    private string Jwt(DateTimeOffset issued, DateTimeOffset expires)
    {
        var header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
        var claims = $$"""{"id":1,"domain":"{{domain}}","iat":{{issued.ToUnixTimeSeconds()}},"exp":{{expires.ToUnixTimeSeconds()}},"jti":"{{Guid.NewGuid():N}}"}""";
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims));
        return $"{header}.{payload}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
    }

    private sealed class SignInScope(UspacySandboxTokens owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._signInsRunning);
            }
        }
    }
}
