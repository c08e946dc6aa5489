using CrmSupportHub.Connectors.KeyCrm;
using CrmSupportHub.Connectors.KeyCrm.Api;
using CrmSupportHub.Connectors.KeyCrm.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmSupportHub;

public static class KeyCrmConnectorExtensions
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Registers the KeyCRM connector for every client configured with <c>"Crm": "KeyCrm"</c>: its
    /// options (validated at start), a keyed API client held under KeyCRM's per-minute limit with
    /// retries, and the connector behind users, requests and webhooks.
    /// </summary>
    public static ICrmSupportHubBuilder AddKeyCrm(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Services.TryAddSingleton(TimeProvider.System);
        return hub.AddConnector(KeyCrmDescriptor.Instance, client =>
        {
            var clientId = client.ClientId;
            KeyCrmConnectionOptions Connection(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<KeyCrmOptions>>().Get(clientId).Connection;

            client.BindOptions<KeyCrmOptions>();
            client.Services.AddKeyedSingleton(clientId, (sp, _) =>
                new RequestRateLimiter(Connection(sp).RequestsPerMinute, RateWindow, sp.GetRequiredService<TimeProvider>()));
            var http = client.AddApiClient<IKeyCrmApi>(
                (sp, httpClient) =>
                {
                    var connection = Connection(sp);
                    httpClient.BaseAddress = new Uri(connection.BaseUrl.TrimEnd('/'));
                    httpClient.DefaultRequestHeaders.Authorization = new("Bearer", connection.ApiToken);
                    httpClient.Timeout = Timeout.InfiniteTimeSpan; // permit and Retry-After waits may take a minute; attempts time out in the pipeline
                },
                KeyCrmJsonContext.CreateRefitSettings());
            http.AddResilienceHandler("keycrm-retry", (pipeline, context) => KeyCrmResilience.ConfigureRetry(
                pipeline, Connection(context.ServiceProvider), context.ServiceProvider.GetRequiredService<TimeProvider>()));
            http.AddHttpMessageHandler(sp => new RateLimitingHandler(sp.GetRequiredKeyedService<RequestRateLimiter>(clientId)));
            http.AddResilienceHandler("keycrm-attempt", (pipeline, context) => KeyCrmResilience.ConfigureAttemptTimeout(
                pipeline, Connection(context.ServiceProvider), context.ServiceProvider.GetRequiredService<TimeProvider>()));
            client.AddConnector<KeyCrmConnector>();
        });
    }
}
