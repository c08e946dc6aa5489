using CrmSupportHub.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub;

/// <summary>The hub builder over a service collection and the configuration's <c>CrmSupportHub:Clients</c> array.</summary>
public sealed class CrmSupportHubBuilder : ICrmSupportHubBuilder
{
    public const string SectionName = "CrmSupportHub";

    private readonly ConnectorCatalog _catalog = new();

    public CrmSupportHubBuilder(IServiceCollection services, IConfiguration configuration)
    {
        Services = services ?? throw new ArgumentNullException(nameof(services));
        Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        Services.AddSingleton(_catalog);
    }

    public IServiceCollection Services { get; }

    public IConfiguration Configuration { get; }

    public ICrmSupportHubBuilder AddConnector(ConnectorDescriptor descriptor, Action<IConnectorClientBuilder> configureClient)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(configureClient);
        _catalog.AddKind(descriptor);
        foreach (var section in Configuration.GetSection($"{SectionName}:Clients").GetChildren())
        {
            var clientId = section["Id"];
            if (string.IsNullOrWhiteSpace(clientId)
                || !string.Equals(section["Crm"], descriptor.Kind, StringComparison.OrdinalIgnoreCase))
            {
                continue; // clients of other CRMs, or invalid ones the hub's validation reports
            }

            var context = new ConnectorContext(clientId, descriptor.Kind);
            _catalog.AddClient(context);
            configureClient(new ConnectorClientBuilder(Services, context, section, descriptor));
        }

        return this;
    }
}
