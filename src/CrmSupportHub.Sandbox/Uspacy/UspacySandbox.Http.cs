using System.Globalization;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSupportHub.Sandbox.Uspacy;

public sealed partial class UspacySandbox
{
    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        Interlocked.Increment(ref _callCount);
        if (_credentialFaults.Next() is not null)
        {
            return Answer(401, UspacySandboxJson.Error("Unauthenticated."));
        }

        if (request.Path.StartsWith("/auth/", StringComparison.Ordinal))
        {
            return await AuthAsync(request).ConfigureAwait(false);
        }

        var fault = _faults.Next();
        if (fault == SandboxFault.Slow)
        {
            try
            {
                await Task.Delay(Options.SlowDelay, Options.TimeProvider, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Answer(503, UspacySandboxJson.Error("The sandbox was disposed during a slow answer."));
            }
        }
        else if (fault is { } injected)
        {
            return Fault(injected);
        }

        if (!_tokens.IsValid(Bearer(request)))
        {
            return Answer(401, UspacySandboxJson.Error("Unauthenticated."));
        }

        if (!_limiter.TryAcquire().Allowed)
        {
            return Throttled(withRetryAfter: true);
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery);
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

    private ResponseMessage Fault(SandboxFault fault) => fault switch
    {
        SandboxFault.TooManyRequests => Throttled(withRetryAfter: true),
        SandboxFault.TooManyRequestsWithoutRetryAfter => Throttled(withRetryAfter: false),
        SandboxFault.MalformedJson => Answer(200, "{\"data\":[{\"id\":1,\"title\":"u8.ToArray()),
        SandboxFault.BadGateway => Answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray(), "text/html"),
        SandboxFault.ServiceUnavailable => Answer(503, UspacySandboxJson.Error("Service unavailable.")),
        _ => Answer(500, UspacySandboxJson.Error("Server error.")),
    };

    private ResponseMessage Throttled(bool withRetryAfter)
    {
        Interlocked.Increment(ref _throttledCount);
        var response = Answer(429, UspacySandboxJson.Error("Too Many Attempts."));
        if (withRetryAfter)
        {
            response.AddHeader("Retry-After", ((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private static ResponseMessage Answer(int status, byte[] body, string contentType = "application/json")
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
        };
        response.AddHeader("Content-Type", contentType);
        return response;
    }
}
