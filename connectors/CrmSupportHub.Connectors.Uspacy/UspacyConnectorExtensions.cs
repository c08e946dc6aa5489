using CrmSupportHub.Connectors.Http;
using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Auth;
using CrmSupportHub.Connectors.Uspacy.Http;
using CrmSupportHub.Connectors.Uspacy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrmSupportHub;

public static class UspacyConnectorExtensions
{
    /// <summary>
    /// Registers the Uspacy connector for every client configured with <c>"Crm": "Uspacy"</c>: its
    /// options (validated at start), a token provider on its own sign-in client, a keyed API client
    /// with resilience and the Bearer token, and the connector behind users, requests and webhooks.
    /// </summary>
    public static ICrmSupportHubBuilder AddUspacy(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Services.TryAddSingleton(TimeProvider.System);
        var refit = UspacyRefitSettings.Create();
        return hub.AddConnector(UspacyDescriptor.Instance, client =>
        {
            var clientId = client.ClientId;
            var signInClient = $"{UspacyDescriptor.Instance.Kind}:{clientId}:sign-in";
            UspacyConnectionOptions Connection(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<UspacyOptions>>().Get(clientId).Connection;

            client.BindOptions<UspacyOptions>();

            // Sign-in and refresh have their own client without retries: a POST that issues tokens is never re-sent blindly.
            client.Services.AddHttpClient(signInClient, (sp, httpClient) =>
            {
                httpClient.BaseAddress = Connection(sp).BaseUri;
                httpClient.Timeout = Connection(sp).Timeout;
            });
            client.Services.AddKeyedSingleton(clientId, (sp, _) => new UspacyTokenProvider(
                RestService.For<IUspacyAuthApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(signInClient), refit),
                Connection(sp),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger<UspacyTokenProvider>() ?? NullLogger<UspacyTokenProvider>.Instance));

            var http = client.AddApiClient<IUspacyApi>(
                (sp, httpClient) =>
                {
                    httpClient.BaseAddress = Connection(sp).BaseUri;
                    httpClient.Timeout = System.Threading.Timeout.InfiniteTimeSpan; // attempts time out in the pipeline
                },
                refit);

            // Handlers run in the order added: retries outside, so every attempt takes a current token from the handler inside.
            // Uspacy publishes no limits, so 429s are only answered, not anticipated; sign-in and refresh never pass here.
            http.AddResilienceHandler("uspacy", (pipeline, context) => ConnectorResilience.Configure(
                pipeline, Connection(context.ServiceProvider), context.ServiceProvider.GetRequiredService<TimeProvider>()));
            http.AddHttpMessageHandler(sp => new UspacyAuthHandler(sp.GetRequiredKeyedService<UspacyTokenProvider>(clientId)));
            client.AddConnector<UspacyConnector>();
        });
    }
}
