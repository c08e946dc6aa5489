using System.Globalization;
using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSupportHub.Sandbox.NetHunt;

public sealed partial class NetHuntSandbox
{
    // NetHunt answers bad credentials in plain text, not JSON.
    private static readonly byte[] InvalidCredentials = "Your email address or API key does not appear to be valid"u8.ToArray();

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
                return Answer(503, NetHuntSandboxJson.Error("The sandbox was disposed during a slow answer"));
            }
        }
        else if (fault is { } injected)
        {
            return Fault(injected);
        }

        if (!HasCredentials(request))
        {
            return Answer(401, InvalidCredentials, "text/plain");
        }

        if (!_limiter.TryAcquire().Allowed)
        {
            return Throttled(withRetryAfter: true);
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery, request.Body);
        return Answer(answer.Status, answer.Body);
    }

    private ResponseMessage Fault(SandboxFault fault) => fault switch
    {
        SandboxFault.TooManyRequests => Throttled(withRetryAfter: true),
        SandboxFault.TooManyRequestsWithoutRetryAfter => Throttled(withRetryAfter: false),
        SandboxFault.Unauthorized => Answer(401, InvalidCredentials, "text/plain"),
        SandboxFault.MalformedJson => Answer(200, "[{\"id\":\"65\",\"createdAt\":"u8.ToArray()),
        SandboxFault.BadGateway => Answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray(), "text/html"),
        SandboxFault.ServiceUnavailable => Answer(503, NetHuntSandboxJson.Error("Service unavailable")),
        _ => Answer(500, NetHuntSandboxJson.Error("Internal server error")),
    };

    private ResponseMessage Throttled(bool withRetryAfter)
    {
        Interlocked.Increment(ref _throttledCount);
        var response = Answer(429, Encoding.UTF8.GetBytes("Too many requests"), "text/plain");
        if (withRetryAfter)
        {
            response.AddHeader("Retry-After", ((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private bool HasCredentials(IRequestMessage request)
    {
        var header = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.Email}:{Options.ApiKey}"));
        return string.Equals(header, expected, StringComparison.Ordinal);
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
