namespace CrmSupportHub.Connectors.Pipedrive.Tests.Http;

/// <summary>The innermost handler: answers from a script and records when each request arrived.</summary>
internal sealed class StubHandler(TimeProvider time, Func<int, HttpResponseMessage> answer) : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, DateTimeOffset At)> _calls = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<(HttpMethod Method, DateTimeOffset At)> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int index;
        lock (_lock)
        {
            index = _calls.Count;
            _calls.Add((request.Method, time.GetUtcNow()));
        }

        var response = answer(index);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
