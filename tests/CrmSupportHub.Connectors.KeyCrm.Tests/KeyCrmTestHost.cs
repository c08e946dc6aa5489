using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox.KeyCrm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace CrmSupportHub.Connectors.KeyCrm.Tests;

/// <summary>One KeyCRM client wired to a sandbox the way the worker wires it, with fast retries and no client-side limit unless asked.</summary>
internal sealed class KeyCrmTestHost : IDisposable
{
    public const string ClientId = "acme";

    private readonly ServiceProvider _services;

    public KeyCrmTestHost(KeyCrmSandbox sandbox, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var prefix = $"{CrmSupportHubBuilder.SectionName}:Clients:0:";
        var values = new Dictionary<string, string?> { [prefix + "Id"] = ClientId, [prefix + "Crm"] = "KeyCrm" };
        var fast = new Dictionary<string, string?>
        {
            ["Connection:RequestsPerMinute"] = "100000",
            ["Connection:RetryBaseDelay"] = "00:00:00.001",
            ["Connection:MaxRetries"] = "2",
        };
        foreach (var (key, value) in sandbox.ClientSettings.Concat(fast).Concat(overrides ?? new Dictionary<string, string?>()))
        {
            values[prefix + key] = value;
        }

        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(Recorder);
        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build()).AddKeyCrm();
        _services = services.BuildServiceProvider();
    }

    public HttpCallRecorder Recorder { get; } = new();

    public KeyCrmConnector Connector => _services.GetRequiredKeyedService<KeyCrmConnector>(ClientId);

    /// <summary>The client's HttpClient, with the connector's handlers (retries, limiter, timeout).</summary>
    public HttpClient HttpClient => _services.GetRequiredService<IHttpClientFactory>().CreateClient($"KeyCrm:{ClientId}");

    public void Dispose() => _services.Dispose();
}
