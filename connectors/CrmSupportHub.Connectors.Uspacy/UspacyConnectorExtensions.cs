using CrmSupportHub.Connectors.Uspacy;
using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit;

namespace CrmSupportHub;

public static class UspacyConnectorExtensions
{
    /// <summary>Adds the Uspacy connector for every client configured with <c>"Crm": "Uspacy"</c>.</summary>
    public static ICrmSupportHubBuilder AddUspacy(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Services.TryAddSingleton(TimeProvider.System);
        var refit = new RefitSettings(new SystemTextJsonContentSerializer(UspacyJsonContext.Default.Options));
        return hub.AddConnector(UspacyDescriptor.Instance, client =>
        {
            client.BindOptions<UspacyOptions>();
            var clientId = client.ClientId;
            var authClient = $"{UspacyDescriptor.Instance.Kind}:{clientId}:auth";

            // Sign-in and refresh get their own client without a retry handler: a POST that issues tokens is never re-sent blindly.
            client.Services.AddHttpClient(authClient, (sp, http) =>
            {
                var connection = Connection(sp, clientId);
                http.BaseAddress = connection.BaseUri;
                http.Timeout = connection.Timeout;
            });
            client.Services.AddKeyedSingleton(clientId, (sp, _) => new UspacyTokenProvider(
                RestService.For<IUspacyAuthApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(authClient), refit),
                () => Connection(sp, clientId),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger<UspacyTokenProvider>() ?? NullLogger<UspacyTokenProvider>.Instance));

            // Handlers run in the order added: retries outside, so every attempt gets a current token from the handler inside.
            var api = client.AddApiClient<IUspacyApi>((sp, http) => http.BaseAddress = Connection(sp, clientId).BaseUri, refit);
            api.AddResilienceHandler("uspacy", (pipeline, context) =>
                UspacyResilience.Configure(pipeline, Connection(context.ServiceProvider, clientId), context.ServiceProvider.GetRequiredService<TimeProvider>()));
            api.AddHttpMessageHandler(sp => new UspacyAuthHandler(sp.GetRequiredKeyedService<UspacyTokenProvider>(clientId)));
            client.AddConnector<UspacyConnector>();
        });
    }

    private static UspacyConnectionOptions Connection(IServiceProvider services, string clientId) =>
        services.GetRequiredService<IOptionsMonitor<UspacyOptions>>().Get(clientId).Connection;
}
