using CrmSupportHub.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace CrmSupportHub.Connectors.Testing;

/// <summary>Service providers built the way the worker composes connectors, for the shared suites and benchmarks.</summary>
public static class ConnectorHosts
{
    /// <summary>Configuration for one client at <paramref name="index"/> of <c>CrmSupportHub:Clients</c>: the sandbox's settings, then <paramref name="overrides"/>.</summary>
    public static Dictionary<string, string?> Client(
        ISandboxCrm sandbox, int index, string clientId, IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? crm = null)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var prefix = $"{CrmSupportHubBuilder.SectionName}:Clients:{index}:";
        var values = new Dictionary<string, string?> { [prefix + "Id"] = clientId, [prefix + "Crm"] = crm ?? sandbox.Kind };
        foreach (var (key, value) in sandbox.ClientSettings.Concat(overrides ?? []))
        {
            values[prefix + key] = value;
        }

        return values;
    }

    /// <summary>Builds a provider from raw configuration; every HTTP attempt is recorded in <see cref="ConformanceHost.Recorder"/>.</summary>
    public static ConformanceHost Start(
        IEnumerable<KeyValuePair<string, string?>> configuration,
        Action<ICrmSupportHubBuilder> register,
        Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var services = new ServiceCollection();
        var recorder = new HttpCallRecorder();
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(recorder);
        configureServices?.Invoke(services);
        register(new CrmSupportHubBuilder(services, config));
        return new ConformanceHost(services.BuildServiceProvider(validateScopes: true), recorder);
    }
}
