using System.Globalization;
using System.Text;
using CrmSupportHub.Sandbox.Common;
using WireMock;

namespace CrmSupportHub.Sandbox.NetHunt;

public sealed partial class NetHuntSandbox
{
    // NetHunt answers bad credentials in plain text, not JSON.
    private static readonly SandboxBody InvalidCredentials = new("Your email address or API key does not appear to be valid"u8.ToArray(), "text/plain");

    private static readonly SandboxBody TooManyRequests = new("Too many requests"u8.ToArray(), "text/plain");

    private static SandboxDialect Dialect(NetHuntSandboxOptions options) => new(
        TooManyRequests,
        InvalidCredentials,
        ServerError: new(NetHuntSandboxJson.Error("Internal server error")),
        ServiceUnavailable: new(NetHuntSandboxJson.Error("Service unavailable")),
        MalformedJson: "[{\"id\":\"65\",\"createdAt\":"u8.ToArray(),
        options.RetryAfter,
        options.SlowDelay,
        options.TimeProvider);

    private Task<IResponseMessage> HandleAsync(IRequestMessage request, SandboxFault? pageFault)
    {
        if (!HasCredentials(request))
        {
            return Answer(SandboxResponses.Create(401, InvalidCredentials));
        }

        if (!_limiter.TryAcquire().Allowed)
        {
            _server.CountThrottled();
            var throttled = SandboxResponses.Create(429, TooManyRequests);
            throttled.AddHeader("Retry-After", ((int)Math.Ceiling(Options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
            return Answer(throttled);
        }

        var answer = _router.Route(request.Method, request.Path, request.RawQuery, request.Body, pageFault);
        return Answer(SandboxResponses.Create(answer.Status, answer.Body));
    }

    private bool HasCredentials(IRequestMessage request)
    {
        var header = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.Email}:{Options.ApiKey}"));
        return string.Equals(header, expected, StringComparison.Ordinal);
    }

    private static Task<IResponseMessage> Answer(ResponseMessage response) => Task.FromResult<IResponseMessage>(response);
}
