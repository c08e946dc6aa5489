using CrmSupportHub.Sandbox.Pipedrive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>A client "acme" wired with AddPipedrive to a sandbox, with fast retries unless overridden.</summary>
internal static class PipedriveHost
{
    public const string ClientId = "acme";

    public static ServiceProvider Start(
        PipedriveSandbox sandbox, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connection:MaxRetries"] = "2",
            ["Connection:RetryBaseDelay"] = "00:00:00.005",
            ["Connection:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in sandbox.ClientSettings.Concat(overrides ?? new Dictionary<string, string?>()))
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            values.Select(kv => KeyValuePair.Create("CrmSupportHub:Clients:0:" + kv.Key, kv.Value))
                .Append(KeyValuePair.Create<string, string?>("CrmSupportHub:Clients:0:Id", ClientId))
                .Append(KeyValuePair.Create<string, string?>("CrmSupportHub:Clients:0:Crm", "Pipedrive")))
            .Build();
        var services = new ServiceCollection();
        configure?.Invoke(services);
        new CrmSupportHubBuilder(services, configuration).AddPipedrive();
        return services.BuildServiceProvider();
    }

    public static T Get<T>(this ServiceProvider services) where T : notnull => services.GetRequiredKeyedService<T>(ClientId);
}
