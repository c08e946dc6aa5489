using CrmSupportHub.Connectors.Http;
using CrmSupportHub.Connectors.Pipedrive.Api;
using CrmSupportHub.Connectors.Pipedrive.Http;
using CrmSupportHub.Connectors.Pipedrive;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub;

public static class PipedriveConnectorExtensions
{
    /// <summary>
    /// Registers the Pipedrive connector for every client configured with <c>"Crm": "Pipedrive"</c>:
    /// its options (validated at start), a keyed API client with rate-limit pacing and resilience, and
    /// the connector behind users, requests and webhooks.
    /// </summary>
    public static ICrmSupportHubBuilder AddPipedrive(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Services.TryAddSingleton(TimeProvider.System);
        var refit = PipedriveRefitSettings.Create();
        return hub.AddConnector(PipedriveDescriptor.Instance, client =>
        {
            var clientId = client.ClientId;
            PipedriveOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<PipedriveOptions>>().Get(clientId);

            client.BindOptions<PipedriveOptions>();
            client.Services.AddKeyedSingleton(clientId, (sp, _) => new PipedriveRateLimitGate(sp.GetRequiredService<TimeProvider>()));
            var http = client.AddApiClient<IPipedriveApi>(
                    (sp, httpClient) =>
                    {
                        var connection = Options(sp).Connection;
                        httpClient.BaseAddress = new Uri(connection.BaseUrl);
                        httpClient.DefaultRequestHeaders.Add("x-api-token", connection.ApiToken);
                        httpClient.Timeout = System.Threading.Timeout.InfiniteTimeSpan; // attempts time out in the pipeline
                    },
                    refit);
            http.AddResilienceHandler("pipedrive", (pipeline, context) => ConnectorResilience.Configure(
                    pipeline, Options(context.ServiceProvider).Connection, context.ServiceProvider.GetRequiredService<TimeProvider>()));
            http.AddHttpMessageHandler(sp => new PipedriveRateLimitHandler(sp.GetRequiredKeyedService<PipedriveRateLimitGate>(clientId)));
            client.AddConnector<PipedriveConnector>();
        });
    }
}
