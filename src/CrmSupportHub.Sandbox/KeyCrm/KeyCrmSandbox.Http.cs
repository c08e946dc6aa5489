using System.Globalization;
using CrmSupportHub.Sandbox.Common;
using WireMock;

namespace CrmSupportHub.Sandbox.KeyCrm;

public sealed partial class KeyCrmSandbox
{
    private static SandboxDialect Dialect(KeyCrmSandboxOptions options) => new(
        TooManyRequests: new(KeyCrmSandboxJson.Error("Too Many Attempts.")),
        Unauthorized: new(KeyCrmSandboxJson.Error("Unauthenticated.")),
        ServerError: new(KeyCrmSandboxJson.Error("Server Error")),
        ServiceUnavailable: new(KeyCrmSandboxJson.Error("Service Unavailable")),
        MalformedJson: "{\"total\":1,\"current_page\":1,\"data\":[{\"id\":1,\"title\":"u8.ToArray(),
        options.RetryAfter,
        options.SlowDelay,
        options.TimeProvider);

    private Task<IResponseMessage> HandleAsync(IRequestMessage request, SandboxFault? pageFault)
    {
        if (!HasKey(request))
        {
            return Answer(SandboxResponses.Create(401, KeyCrmSandboxJson.Error("Unauthenticated.")));
        }

        var rate = _limiter.TryAcquire();
        if (!rate.Allowed)
        {
            _server.CountThrottled();
            var throttled = SandboxResponses.Create(429, KeyCrmSandboxJson.Error("Too Many Attempts."));
            AddRateHeaders(throttled, rate);
            if (Options.RetryAfterOnLimit)
            {
                throttled.AddHeader("Retry-After", Text(rate.ResetSeconds));
            }

            return Answer(throttled);
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery, request.Body, pageFault);
        var response = SandboxResponses.Create(answer.Status, answer.Body);
        AddRateHeaders(response, rate);
        return Answer(response);
    }

    private bool HasKey(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value is { } values
        && values.Contains("Bearer " + Options.ApiToken);

    /// <summary>Laravel's throttle headers; KeyCRM does not document them, so the connector does not rely on them.</summary>
    private static void AddRateHeaders(ResponseMessage response, RateDecision rate)
    {
        if (rate.Limit == 0)
        {
            return;
        }

        response.AddHeader("X-RateLimit-Limit", Text(rate.Limit));
        response.AddHeader("X-RateLimit-Remaining", Text(rate.Remaining));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Task<IResponseMessage> Answer(ResponseMessage response) => Task.FromResult<IResponseMessage>(response);
}
