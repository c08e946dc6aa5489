using System.Collections.Concurrent;
using Microsoft.Extensions.Http;

namespace CrmSupportHub.Connectors.Testing;

/// <summary>
/// Puts a recording handler innermost in every <see cref="HttpClient"/> the factory builds, so each
/// attempt (retries included) that leaves the process is seen with its target URI.
/// </summary>
public sealed class HttpCallRecorder : IHttpMessageHandlerBuilderFilter
{
    private readonly ConcurrentQueue<Uri> _calls = new();

    public IReadOnlyCollection<Uri> Calls => _calls;

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.AdditionalHandlers.Add(new RecordingHandler(_calls));
    };

    private sealed class RecordingHandler(ConcurrentQueue<Uri> calls) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri)
            {
                calls.Enqueue(uri);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
