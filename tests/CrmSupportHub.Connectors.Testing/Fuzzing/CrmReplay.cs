using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>
/// Records what a sandbox CRM answers a connector, then answers the connector from that recording
/// without a network, with one body swapped for the fuzz case's. The handler sits innermost in every
/// client the factory builds, so the connector's own pipeline (retries, pacing, JSON) still runs.
/// </summary>
public sealed class CrmReplay : IHttpMessageHandlerBuilderFilter
{
    /// <summary>More calls than any valid read makes from a recording: a case past it is a read that does not stop.</summary>
    public const int MaxCallsPerCase = 50;

    private readonly List<Answer> _recorded = [];
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);
    private bool _replaying;
    private string? _fuzzedPath;
    private byte[]? _fuzzedBody;
    private int _calls;

    /// <summary>The case made more than <see cref="MaxCallsPerCase"/> calls.</summary>
    public bool Looped => _calls > MaxCallsPerCase;

    /// <summary>Paths of the GET calls recorded so far, in order.</summary>
    public IReadOnlyList<string> RecordedGets => [.. _recorded.Where(a => a.Method == "GET").Select(a => a.Path)];

    /// <summary>The bodies recorded for <paramref name="path"/>: the valid seeds of its parser.</summary>
    public IReadOnlyList<byte[]> Bodies(string path) => [.. _recorded.Where(a => a.Method == "GET" && a.Path == path).Select(a => a.Body)];

    /// <summary>Stops recording: from now on calls are answered from the recording.</summary>
    public void StartReplay() => _replaying = true;

    /// <summary>Starts a case: the first GET of <paramref name="path"/> gets <paramref name="body"/>, later calls the recording in order.</summary>
    public void BeginCase(string? path, byte[]? body)
    {
        (_fuzzedPath, _fuzzedBody, _calls) = (path, body, 0);
        _next.Clear();
    }

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        ArgumentNullException.ThrowIfNull(next);
        next(builder);
        builder.AdditionalHandlers.Add(new Handler(this));
    };

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Func<Task<HttpResponseMessage>> send)
    {
        var method = request.Method.Method;
        var path = request.RequestUri!.AbsolutePath;
        if (!_replaying)
        {
            var response = await send().ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            _recorded.Add(new Answer(method, path, response.StatusCode, body, response.Content.Headers.ContentType?.ToString()));
            return response;
        }

        if (++_calls > MaxCallsPerCase)
        {
            return Respond(request, HttpStatusCode.NotFound, "{}"u8.ToArray(), null);
        }

        var key = method + " " + path;
        var position = _next.GetValueOrDefault(key);
        _next[key] = position + 1;
        if (method == "GET" && path == _fuzzedPath && _fuzzedBody is { } fuzzed)
        {
            _fuzzedBody = null;
            return Respond(request, HttpStatusCode.OK, fuzzed, "application/json");
        }

        var answers = _recorded.Where(a => a.Method == method && a.Path == path).ToList();
        if (answers.Count == 0)
        {
            return Respond(request, HttpStatusCode.NotFound, "{}"u8.ToArray(), "application/json");
        }

        var answer = answers[Math.Min(position, answers.Count - 1)];
        return Respond(request, answer.Status, answer.Body, answer.ContentType);
    }

    private static HttpResponseMessage Respond(HttpRequestMessage request, HttpStatusCode status, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return new HttpResponseMessage(status) { Content = content, RequestMessage = request };
    }

    private sealed record Answer(string Method, string Path, HttpStatusCode Status, byte[] Body, string? ContentType);

    private sealed class Handler(CrmReplay replay) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            replay.SendAsync(request, () => base.SendAsync(request, cancellationToken));
    }
}
