using CrmSupportHub.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace CrmSupportHub;

/// <summary>Registers one connector instance for one configured client; services are keyed by <see cref="ClientId"/>.</summary>
public interface IConnectorClientBuilder
{
    IServiceCollection Services { get; }

    ConnectorContext Context { get; }

    string ClientId => Context.ClientId;

    /// <summary>The client's configuration section (<c>CrmSupportHub:Clients:{index}</c>).</summary>
    IConfigurationSection Section { get; }

    /// <summary>
    /// Binds the client's section to <typeparamref name="TOptions"/> (named by client id) and
    /// validates it at start-up; problems name the client and the key.
    /// </summary>
    IConnectorClientBuilder BindOptions<TOptions>() where TOptions : class, IConnectorOptions, new();

    /// <summary>
    /// Registers a Refit client keyed by client id over a named <see cref="HttpClient"/>; returns that client's
    /// builder for handlers and resilience. Bodies are read innermost, so a cut-off body fails (and retries) the attempt.
    /// </summary>
    IHttpClientBuilder AddApiClient<TApi>(Action<IServiceProvider, HttpClient> configureHttpClient, RefitSettings? settings = null)
        where TApi : class;

    /// <summary>Registers the connector, keyed by client id, behind <see cref="ICrmConnector"/> and every capability interface it implements.</summary>
    IConnectorClientBuilder AddConnector<TConnector>() where TConnector : class, ICrmConnector;
}
