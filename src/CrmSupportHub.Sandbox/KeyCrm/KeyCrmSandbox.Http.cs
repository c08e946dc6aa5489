using System.Globalization;
using CrmSupportHub.Sandbox.Common;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSupportHub.Sandbox.KeyCrm;

public sealed partial class KeyCrmSandbox
{
    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        Interlocked.Increment(ref _callCount);
        var fault = _faults.Next();
        if (fault == SandboxFault.Slow)
        {
            await Task.Delay(Options.SlowDelay, Options.TimeProvider).ConfigureAwait(false);
        }
        else if (fault is { } injected)
        {
            return Fault(injected);
        }

        if (!HasKey(request))
        {
            return Answer(401, KeyCrmSandboxJson.Error("Unauthenticated."));
        }

        var rate = _limiter.TryAcquire();
        if (!rate.Allowed)
        {
            var throttled = Throttled();
            AddRateHeaders(throttled, rate);
            if (Options.RetryAfterOnLimit)
            {
                throttled.AddHeader("Retry-After", Seconds(rate.ResetSeconds));
            }

            return throttled;
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery, request.Body);
        var response = Answer(answer.Status, answer.Body);
        AddRateHeaders(response, rate);
        return response;
    }

    private bool HasKey(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value is { } values
        && values.Contains("Bearer " + Options.ApiToken);

    private ResponseMessage Fault(SandboxFault fault)
    {
        switch (fault)
        {
            case SandboxFault.TooManyRequests or SandboxFault.TooManyRequestsWithoutRetryAfter:
                var throttled = Throttled();
                if (fault == SandboxFault.TooManyRequests)
                {
                    throttled.AddHeader("Retry-After", Seconds((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)));
                }

                return throttled;
            case SandboxFault.Unauthorized:
                return Answer(401, KeyCrmSandboxJson.Error("Unauthenticated."));
            case SandboxFault.MalformedJson:
                return Answer(200, "{\"total\":1,\"current_page\":1,\"data\":[{\"id\":1,\"title\":"u8.ToArray());
            case SandboxFault.BadGateway:
                return Answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray(), "text/html");
            case SandboxFault.ServiceUnavailable:
                return Answer(503, KeyCrmSandboxJson.Error("Service Unavailable"));
            default:
                return Answer(500, KeyCrmSandboxJson.Error("Server Error"));
        }
    }

    private ResponseMessage Throttled()
    {
        Interlocked.Increment(ref _throttledCount);
        return Answer(429, KeyCrmSandboxJson.Error("Too Many Attempts."));
    }

    /// <summary>Laravel's throttle headers; KeyCRM does not document them, so the connector does not rely on them.</summary>
    private static void AddRateHeaders(ResponseMessage response, RateDecision rate)
    {
        if (rate.Limit == 0)
        {
            return;
        }

        response.AddHeader("X-RateLimit-Limit", Seconds(rate.Limit));
        response.AddHeader("X-RateLimit-Remaining", Seconds(rate.Remaining));
    }

    private static string Seconds(int value) => value.ToString(CultureInfo.InvariantCulture);

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
