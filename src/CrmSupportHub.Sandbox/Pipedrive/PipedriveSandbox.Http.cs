using System.Globalization;
using CrmSupportHub.Sandbox.Common;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSupportHub.Sandbox.Pipedrive;

public sealed partial class PipedriveSandbox
{
    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        Interlocked.Increment(ref _callCount);
        _requests.Enqueue($"{request.Method} {request.Path}{request.RawQuery}");
        var fault = _faults.Next();
        if (fault == SandboxFault.Slow)
        {
            try
            {
                await Task.Delay(Options.SlowDelay, Options.TimeProvider, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Answer(503, PipedriveSandboxJson.Error("Sandbox stopping", "The sandbox was disposed during a slow answer"));
            }
        }
        else if (fault is { } injected)
        {
            return Fault(injected);
        }

        if (!HasToken(request))
        {
            return Answer(401, PipedriveSandboxJson.Error("unauthorized access", "Please check developers.pipedrive.com"));
        }

        var rate = _limiter.TryAcquire();
        if (!rate.Allowed)
        {
            Interlocked.Increment(ref _throttledCount);
            var throttled = Answer(429, PipedriveSandboxJson.Error("Request over limit", "Please check developers.pipedrive.com"));
            AddRateHeaders(throttled, rate);
            if (Options.RetryAfterOnBurst)
            {
                throttled.AddHeader("Retry-After", RetryAfterSeconds());
            }

            return throttled;
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery);
        var response = Answer(answer.Status, answer.Body);
        AddRateHeaders(response, rate);
        return response;
    }

    private bool HasToken(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "x-api-token", StringComparison.OrdinalIgnoreCase)).Value is { } values
        && values.Contains(Options.ApiToken);

    private ResponseMessage Fault(SandboxFault fault)
    {
        switch (fault)
        {
            case SandboxFault.TooManyRequests or SandboxFault.TooManyRequestsWithoutRetryAfter:
                Interlocked.Increment(ref _throttledCount);
                var throttled = Answer(429, PipedriveSandboxJson.Error("Request over limit", "Please check developers.pipedrive.com"));
                if (fault == SandboxFault.TooManyRequests)
                {
                    throttled.AddHeader("Retry-After", RetryAfterSeconds());
                }

                return throttled;
            case SandboxFault.Unauthorized:
                return Answer(401, PipedriveSandboxJson.Error("unauthorized access", "Please check developers.pipedrive.com"));
            case SandboxFault.MalformedJson:
                return Answer(200, "{\"success\":true,\"data\":[{\"id\":1,\"title\":"u8.ToArray());
            case SandboxFault.BadGateway:
                return Answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray(), "text/html");
            case SandboxFault.ServiceUnavailable:
                return Answer(503, PipedriveSandboxJson.Error("Service unavailable", "Please try again later"));
            default:
                return Answer(500, PipedriveSandboxJson.Error("Internal server error", "Please try again later"));
        }
    }

    private string RetryAfterSeconds() =>
        ((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

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
