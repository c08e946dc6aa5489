using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CrmSupportHub.Sandbox.Common;

/// <summary>
/// One emulator's WireMock server (dynamic loopback port) with the fault injection every emulator
/// shares. A middleware in front of WireMock counts every call and draws the next injected fault
/// for it: it closes the socket (<see cref="SandboxFault.ConnectionReset"/>, <see cref="SandboxFault.TruncatedBody"/>),
/// waits (<see cref="SandboxFault.Slow"/>), answers in the CRM's <see cref="SandboxDialect"/> (429, 5xx,
/// 401, broken JSON), or passes a page fault on to the emulator's handler, which alone knows its paging.
/// </summary>
internal sealed class SandboxServer : IDisposable
{
    private const string PageFaultHeader = "X-Sandbox-Page-Fault";
    private static readonly TimeSpan TruncationPause = TimeSpan.FromMilliseconds(100);
    private static readonly SandboxBody BadGateway = new("<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray(), "text/html");

    private readonly SandboxDialect _dialect;
    private readonly Func<string, bool> _takesFaults;
    private readonly FaultQueue _faults = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly WireMockServer _server;
    private int _callCount;
    private int _throttledCount;

    /// <param name="handle">Answers a call no fault took over; it gets the page fault to apply, if any.</param>
    /// <param name="takesFaults">Which request paths consume injected faults (every path when null).</param>
    public SandboxServer(
        SandboxDialect dialect,
        Func<IRequestMessage, SandboxFault?, Task<IResponseMessage>> handle,
        TimeSpan latency,
        Func<string, bool>? takesFaults = null)
    {
        _dialect = dialect;
        _takesFaults = takesFaults ?? (_ => true);
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            MaxRequestLogCount = 0,
            StartAdminInterface = false,
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(InvokeAsync),
        });
        var response = Response.Create().WithCallback(request => handle(request, PageFaultOf(request)));
        if (latency > TimeSpan.Zero)
        {
            response = response.WithDelay(latency);
        }

        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    public string Url => _server.Url!;

    public int CallCount => Volatile.Read(ref _callCount);

    public int ThrottledCount => Volatile.Read(ref _throttledCount);

    /// <summary>Every call received so far, as <c>METHOD /path?query</c>.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public void InjectFault(SandboxFault fault, int times, int afterCalls) => _faults.Add(fault, times, afterCalls);

    public void ClearFaults() => _faults.Clear();

    /// <summary>Counts a 429 the emulator answered itself (its own rate limit).</summary>
    public void CountThrottled() => Interlocked.Increment(ref _throttledCount);

    public void Dispose()
    {
        _stopping.Cancel(); // ends slow answers still in flight, or Stop would wait for them
        _server.Stop();
        _stopping.Dispose();
    }

    private async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _callCount);
        var request = context.Request;
        _requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
        request.Headers.Remove(PageFaultHeader); // only the sandbox sets it
        var fault = _takesFaults(request.Path.Value ?? string.Empty) ? _faults.Next() : null;
        switch (fault)
        {
            case null:
                await next(context).ConfigureAwait(false);
                break;
            case SandboxFault.Slow:
                if (await DelayAsync(context.RequestAborted).ConfigureAwait(false))
                {
                    await next(context).ConfigureAwait(false);
                }
                else if (_stopping.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
                {
                    await WriteAsync(context, 503, _dialect.ServiceUnavailable).ConfigureAwait(false);
                }

                break;
            case SandboxFault.ConnectionReset:
                context.Abort();
                break;
            case SandboxFault.TruncatedBody:
                await TruncateAsync(context, next).ConfigureAwait(false);
                break;
            case SandboxFault.EmptyPage or SandboxFault.RepeatedPage or SandboxFault.StalePage:
                request.Headers[PageFaultHeader] = fault.Value.ToString();
                await next(context).ConfigureAwait(false);
                break;
            default:
                await AnswerAsync(context, fault.Value).ConfigureAwait(false);
                break;
        }
    }

    private async Task<bool> DelayAsync(CancellationToken requestAborted)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stopping.Token);
        try
        {
            await Task.Delay(_dialect.SlowDelay, _dialect.Time, cancel.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Promises the whole body in <c>Content-Length</c>, sends half of it, then drops the connection. The
    /// pause (real time: it is about sockets) lets the client take the headers and the half first; an
    /// immediate reset would discard them and look like <see cref="SandboxFault.ConnectionReset"/>.
    /// </summary>
    private static async Task TruncateAsync(HttpContext context, RequestDelegate next)
    {
        var socket = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context).ConfigureAwait(false);
        context.Response.Body = socket;
        var body = buffer.ToArray();
        context.Response.ContentLength = body.Length;
        await socket.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
        await socket.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            await Task.Delay(TruncationPause, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // the client gave up first: the connection is gone either way
        }

        context.Abort();
    }

    private Task AnswerAsync(HttpContext context, SandboxFault fault)
    {
        var (status, body) = fault switch
        {
            SandboxFault.TooManyRequests or SandboxFault.TooManyRequestsWithoutRetryAfter => (429, _dialect.TooManyRequests),
            SandboxFault.Unauthorized => (401, _dialect.Unauthorized),
            SandboxFault.MalformedJson => (200, new SandboxBody(_dialect.MalformedJson)),
            SandboxFault.BadGateway => (502, BadGateway),
            SandboxFault.ServiceUnavailable => (503, _dialect.ServiceUnavailable),
            _ => (500, _dialect.ServerError),
        };
        if (status == 429)
        {
            CountThrottled();
        }

        if (fault == SandboxFault.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = _dialect.RetryAfterSeconds;
        }

        return WriteAsync(context, status, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, SandboxBody body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = body.ContentType;
        await context.Response.Body.WriteAsync(body.Bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static SandboxFault? PageFaultOf(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, PageFaultHeader, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } name
        && Enum.TryParse<SandboxFault>(name, out var fault)
            ? fault
            : null;
}
