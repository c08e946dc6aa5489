using CrmSupportHub.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace CrmSupportHub;

internal sealed class ConnectorClientBuilder(
    IServiceCollection services,
    ConnectorContext context,
    IConfigurationSection section,
    ConnectorDescriptor descriptor) : IConnectorClientBuilder
{
    public IServiceCollection Services { get; } = services;

    public ConnectorContext Context { get; } = context;

    public IConfigurationSection Section { get; } = section;

    public string HttpClientName => $"{Context.Kind}:{Context.ClientId}";

    public IConnectorClientBuilder BindOptions<TOptions>() where TOptions : class, IConnectorOptions, new()
    {
        Services.AddOptions<TOptions>(Context.ClientId).Bind(Section).ValidateOnStart();
        Services.AddSingleton<IValidateOptions<TOptions>>(
            new ConnectorOptionsValidator<TOptions>(Context.ClientId, Section, descriptor.Kind));
        return this;
    }

    public IHttpClientBuilder AddApiClient<TApi>(Action<IServiceProvider, HttpClient> configureHttpClient, RefitSettings? settings = null)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(configureHttpClient);
        var name = HttpClientName;
        var builder = Services.AddHttpClient(name, configureHttpClient);
        // Post-configured so it comes after every handler the connector adds: the innermost, inside retries and timeouts.
        Services.PostConfigure<HttpClientFactoryOptions>(
            name, options => options.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Add(new ResponseBufferingHandler())));
        Services.AddKeyedSingleton(Context.ClientId, (sp, _) =>
            RestService.For<TApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(name), settings ?? new RefitSettings()));
        return builder;
    }

    public IConnectorClientBuilder AddConnector<TConnector>() where TConnector : class, ICrmConnector
    {
        var key = Context.ClientId;
        var context = Context;
        Services.AddKeyedSingleton(key, (sp, _) => ActivatorUtilities.CreateInstance<TConnector>(sp, context));
        Services.AddKeyedSingleton<ICrmConnector>(key, (sp, k) => sp.GetRequiredKeyedService<TConnector>(k));
        if (typeof(IUserSource).IsAssignableFrom(typeof(TConnector)))
        {
            Services.AddKeyedSingleton(key, (sp, k) => (IUserSource)sp.GetRequiredKeyedService<TConnector>(k));
        }

        if (typeof(IRequestSource).IsAssignableFrom(typeof(TConnector)))
        {
            Services.AddKeyedSingleton(key, (sp, k) => (IRequestSource)sp.GetRequiredKeyedService<TConnector>(k));
        }

        if (typeof(IWebhookReceiver).IsAssignableFrom(typeof(TConnector)))
        {
            Services.AddKeyedSingleton(key, (sp, k) => (IWebhookReceiver)sp.GetRequiredKeyedService<TConnector>(k));
        }

        return this;
    }
}
