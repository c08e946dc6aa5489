using System.Net.Http.Headers;
using System.Text;
using CrmSupportHub.Connectors.Http;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub;

public static class NetHuntConnectorExtensions
{
    /// <summary>
    /// Registers the NetHunt connector for every client configured with <c>"Crm": "NetHunt"</c>: its
    /// options (validated at start), a keyed API client with resilience, and the connector behind
    /// users (estimated) and requests. NetHunt has no webhooks: it is polled.
    /// </summary>
    public static ICrmSupportHubBuilder AddNetHunt(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Services.TryAddSingleton(TimeProvider.System);
        return hub.AddConnector(NetHuntDescriptor.Instance, client =>
        {
            var clientId = client.ClientId;
            NetHuntOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<NetHuntOptions>>().Get(clientId);

            client.BindOptions<NetHuntOptions>();
            var http = client.AddApiClient<INetHuntApi>(
                    (sp, httpClient) =>
                    {
                        var connection = Options(sp).Connection;
                        // Refit appends each path to the base address's path, so it keeps no trailing slash.
                        httpClient.BaseAddress = new Uri(connection.BaseUrl.TrimEnd('/'));
                        httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.Email}:{connection.ApiKey}")));
                        httpClient.Timeout = Timeout.InfiniteTimeSpan; // attempts time out in the pipeline
                    },
                    NetHuntRefitSettings.Create());
            // NetHunt documents no rate limit, so 429 and 5xx are the only signals.
            http.AddResilienceHandler("nethunt", (pipeline, context) => ConnectorResilience.Configure(
                pipeline, Options(context.ServiceProvider).Connection, context.ServiceProvider.GetRequiredService<TimeProvider>()));
            client.AddConnector<NetHuntConnector>();
            client.Services.AddKeyedSingleton<IConfiguredSeatSource>(clientId, (sp, key) => sp.GetRequiredKeyedService<NetHuntConnector>(key));
        });
    }
}
