using System.Globalization;
using CrmSupportHub.Sandbox.Uspacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Support;

/// <summary>A service provider with one Uspacy client ("acme") registered the way the worker does it, against a sandbox or any base URL.</summary>
internal sealed class UspacyTestHost : IDisposable
{
    public const string ClientId = "acme";

    private readonly ServiceProvider _services;

    private UspacyTestHost(ServiceProvider services) => _services = services;

    public UspacyConnector Connector => (UspacyConnector)_services.GetRequiredKeyedService<ICrmConnector>(ClientId);

    public static UspacyTestHost Start(UspacySandbox sandbox, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var settings = new Dictionary<string, string?>(sandbox.ClientSettings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return Start(settings, time);
    }

    public static UspacyTestHost Start(IReadOnlyDictionary<string, string?> clientSettings, TimeProvider? time = null)
    {
        const string Prefix = "CrmSupportHub:Clients:0:";
        var values = new Dictionary<string, string?>
        {
            [Prefix + "Id"] = ClientId,
            [Prefix + "Crm"] = "Uspacy",
            [Prefix + "Connection:MaxRetries"] = "3",
            [Prefix + "Connection:RetryBaseDelay"] = "00:00:00.010",
            [Prefix + "Connection:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in clientSettings)
        {
            values[Prefix + key] = value;
        }

        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(values).Build()).AddUspacy();
        return new UspacyTestHost(services.BuildServiceProvider(validateScopes: true));
    }

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _services.Dispose();
}
