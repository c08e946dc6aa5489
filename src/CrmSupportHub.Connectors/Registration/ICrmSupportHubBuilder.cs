using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub;

/// <summary>Composes the hub; connectors add themselves with their <c>Add&lt;Crm&gt;()</c> extension.</summary>
public interface ICrmSupportHubBuilder
{
    IServiceCollection Services { get; }

    IConfiguration Configuration { get; }

    /// <summary>
    /// Registers a connector kind and runs <paramref name="configureClient"/> once for every
    /// configured client whose <c>Crm</c> equals <see cref="Connectors.ConnectorDescriptor.Kind"/>.
    /// </summary>
    ICrmSupportHubBuilder AddConnector(Connectors.ConnectorDescriptor descriptor, Action<IConnectorClientBuilder> configureClient);
}
