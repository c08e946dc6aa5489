using System.Globalization;
using System.Text.Json;
using CrmSupportHub.Sandbox.Common;
using WireMock;

namespace CrmSupportHub.Sandbox.Uspacy;

public sealed partial class UspacySandbox
{
    private static SandboxDialect Dialect(UspacySandboxOptions options) => new(
        TooManyRequests: new(UspacySandboxJson.Error("Too Many Attempts.")),
        Unauthorized: new(UspacySandboxJson.Error("Unauthenticated.")),
        ServerError: new(UspacySandboxJson.Error("Server error.")),
        ServiceUnavailable: new(UspacySandboxJson.Error("Service unavailable.")),
        MalformedJson: "{\"data\":[{\"id\":1,\"title\":"u8.ToArray(),
        options.RetryAfter,
        options.SlowDelay,
        options.TimeProvider);

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request, SandboxFault? pageFault)
    {
        if (_credentialFaults.Next() is not null)
        {
            return Answer(401, UspacySandboxJson.Error("Unauthenticated."));
        }

        if (request.Path.StartsWith("/auth/", StringComparison.Ordinal))
        {
            return await AuthAsync(request).ConfigureAwait(false);
        }

        if (!_tokens.IsValid(Bearer(request)))
        {
            return Answer(401, UspacySandboxJson.Error("Unauthenticated."));
        }

        if (!_limiter.TryAcquire().Allowed)
        {
            _server.CountThrottled();
            var throttled = Answer(429, UspacySandboxJson.Error("Too Many Attempts."));
            throttled.AddHeader("Retry-After", ((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
            return throttled;
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery, pageFault);
        return Answer(answer.Status, answer.Body);
    }

    private async Task<IResponseMessage> AuthAsync(IRequestMessage request)
    {
        if (request.Method != "POST")
        {
            return Answer(405, UspacySandboxJson.Error("Method not allowed."));
        }

        switch (request.Path.TrimEnd('/'))
        {
            case "/auth/v1/auth/app_sign_in":
                using (_tokens.BeginSignIn())
                {
                    if (Options.SignInLatency > TimeSpan.Zero && !await DelayAsync(Options.SignInLatency).ConfigureAwait(false))
                    {
                        return Answer(503, UspacySandboxJson.Error("The sandbox was disposed during a sign-in."));
                    }

                    if (!HasClientCredentials(request.Body))
                    {
                        return Answer(401, UspacySandboxJson.Error("Invalid client credentials."));
                    }

                    var (jwt, refresh, expiresIn) = _tokens.Issue();
                    return Answer(200, UspacySandboxJson.Token(jwt, refresh, expiresIn));
                }

            case "/auth/v1/auth/refresh_token":
                return Bearer(request) is { } token && _tokens.Refresh(token) is var (newJwt, newRefresh, lifetime)
                    ? Answer(200, UspacySandboxJson.Token(newJwt, newRefresh, lifetime))
                    : Answer(401, UspacySandboxJson.Error("Invalid refresh token."));
            default:
                return Answer(404, UspacySandboxJson.Error("Not found."));
        }
    }

    /// <summary>Waits in real time (latency is not part of the emulated clock); false when the sandbox is disposed meanwhile.</summary>
    private async Task<bool> DelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stopping.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private bool HasClientCredentials(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? string.Empty);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("client_id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == Options.ClientId
                && root.TryGetProperty("client_secret", out var secret) && secret.ValueKind == JsonValueKind.String
                && secret.GetString() == Options.ClientSecret;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Bearer(IRequestMessage request)
    {
        var header = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static ResponseMessage Answer(int status, byte[] body) => SandboxResponses.Create(status, body);
}
