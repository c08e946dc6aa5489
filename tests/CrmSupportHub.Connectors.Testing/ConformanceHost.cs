using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Connectors.Testing;

/// <summary>A service provider built the way the worker builds it, plus the HTTP calls it made.</summary>
public sealed class ConformanceHost(ServiceProvider services, HttpCallRecorder recorder) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;

    public HttpCallRecorder Recorder { get; } = recorder;

    public T Get<T>(string clientId) where T : notnull => Services.GetRequiredKeyedService<T>(clientId);

    public T? Find<T>(string clientId) where T : class => Services.GetKeyedService<T>(clientId);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
