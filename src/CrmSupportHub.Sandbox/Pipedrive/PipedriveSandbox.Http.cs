using System.Globalization;
using CrmSupportHub.Sandbox.Common;
using WireMock;

namespace CrmSupportHub.Sandbox.Pipedrive;

public sealed partial class PipedriveSandbox
{
    private static SandboxDialect Dialect(PipedriveSandboxOptions options) => new(
        TooManyRequests: new(PipedriveSandboxJson.Error("Request over limit", "Please check developers.pipedrive.com")),
        Unauthorized: new(PipedriveSandboxJson.Error("unauthorized access", "Please check developers.pipedrive.com")),
        ServerError: new(PipedriveSandboxJson.Error("Internal server error", "Please try again later")),
        ServiceUnavailable: new(PipedriveSandboxJson.Error("Service unavailable", "Please try again later")),
        MalformedJson: "{\"success\":true,\"data\":[{\"id\":1,\"title\":"u8.ToArray(),
        options.RetryAfter,
        options.SlowDelay,
        options.TimeProvider);

    private Task<IResponseMessage> HandleAsync(IRequestMessage request, SandboxFault? pageFault)
    {
        if (!HasToken(request))
        {
            return Answer(401, PipedriveSandboxJson.Error("unauthorized access", "Please check developers.pipedrive.com"));
        }

        var rate = _limiter.TryAcquire();
        if (!rate.Allowed)
        {
            _server.CountThrottled();
            var throttled = SandboxResponses.Create(429, PipedriveSandboxJson.Error("Request over limit", "Please check developers.pipedrive.com"));
            AddRateHeaders(throttled, rate);
            if (Options.RetryAfterOnBurst)
            {
                throttled.AddHeader("Retry-After", ((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
            }

            return Task.FromResult<IResponseMessage>(throttled);
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery, pageFault);
        var response = SandboxResponses.Create(answer.Status, answer.Body);
        AddRateHeaders(response, rate);
        return Task.FromResult<IResponseMessage>(response);
    }

    private bool HasToken(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "x-api-token", StringComparison.OrdinalIgnoreCase)).Value is { } values
        && values.Contains(Options.ApiToken);

    private static void AddRateHeaders(ResponseMessage response, RateDecision rate)
    {
        if (rate.Limit == 0)
        {
            return;
        }

        response.AddHeader("x-ratelimit-limit", rate.Limit.ToString(CultureInfo.InvariantCulture));
        response.AddHeader("x-ratelimit-remaining", rate.Remaining.ToString(CultureInfo.InvariantCulture));
        response.AddHeader("x-ratelimit-reset", rate.ResetSeconds.ToString(CultureInfo.InvariantCulture));
    }

    private static Task<IResponseMessage> Answer(int status, byte[] body) =>
        Task.FromResult<IResponseMessage>(SandboxResponses.Create(status, body));
}
