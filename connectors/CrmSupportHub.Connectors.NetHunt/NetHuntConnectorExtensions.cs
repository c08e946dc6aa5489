using System.Net.Http.Headers;
using System.Text;
using CrmSupportHub.Connectors.NetHunt;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CrmSupportHub;

public static class NetHuntConnectorExtensions
{
    /// <summary>
    /// Adds the NetHunt CRM connector for every client configured with <c>"Crm": "NetHunt"</c>:
    /// polling only (NetHunt has no webhooks), users estimated from the change log.
    /// </summary>
    public static ICrmSupportHubBuilder AddNetHunt(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return hub.AddConnector(NetHuntConnector.Descriptor, client =>
        {
            var clientId = client.ClientId;
            client.BindOptions<NetHuntOptions>();
            client.AddApiClient<INetHuntApi>(
                    (services, http) => Configure(http, services.GetRequiredService<IOptionsMonitor<NetHuntOptions>>().Get(clientId).Connection),
                    NetHuntJsonContext.RefitSettings)
                .AddStandardResilienceHandler()
                .Configure((resilience, services) => NetHuntResilience.Apply(
                    resilience, services.GetRequiredService<IOptionsMonitor<NetHuntOptions>>().Get(clientId).Connection));
            client.AddConnector<NetHuntConnector>();
            client.Services.AddKeyedSingleton<IConfiguredSeatSource>(
                clientId, (services, key) => services.GetRequiredKeyedService<NetHuntConnector>(key));
        });
    }

    private static void Configure(HttpClient http, NetHuntConnectionOptions connection)
    {
        // Refit appends each path to the base address's path, so the base keeps no trailing slash.
        http.BaseAddress = new Uri(connection.BaseUrl.TrimEnd('/'));
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.Email}:{connection.ApiKey}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
    }
}
