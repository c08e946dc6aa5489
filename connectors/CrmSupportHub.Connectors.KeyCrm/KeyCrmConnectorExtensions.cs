using CrmSupportHub.Connectors.KeyCrm;
using CrmSupportHub.Connectors.KeyCrm.Api;
using CrmSupportHub.Connectors.KeyCrm.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CrmSupportHub;

public static class KeyCrmConnectorExtensions
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Registers the KeyCRM connector for every client configured with <c>"Crm": "KeyCrm"</c>: its
    /// options, a rate-limited and retrying API client, and the connector behind its capabilities.
    /// </summary>
    public static ICrmSupportHubBuilder AddKeyCrm(this ICrmSupportHubBuilder hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Services.TryAddSingleton(TimeProvider.System);
        return hub.AddConnector(KeyCrmConnector.Descriptor, client =>
        {
            var clientId = client.ClientId;
            client.BindOptions<KeyCrmOptions>();
            client.Services.AddKeyedSingleton(clientId, (sp, _) => new RequestRateLimiter(
                Connection(sp, clientId).RequestsPerMinute, RateWindow, sp.GetRequiredService<TimeProvider>()));

            var http = client.AddApiClient<IKeyCrmApi>(
                (sp, httpClient) =>
                {
                    var connection = Connection(sp, clientId);
                    httpClient.BaseAddress = new Uri(connection.BaseUrl.TrimEnd('/'));
                    httpClient.DefaultRequestHeaders.Authorization = new("Bearer", connection.ApiToken);
                    httpClient.Timeout = Timeout.InfiniteTimeSpan; // permit and Retry-After waits may take a minute; attempts have their own timeout
                },
                KeyCrmJsonContext.CreateRefitSettings());

            // Outer to inner: retries, then a rate-limit permit for every attempt, then the attempt's
            // timeout, so waiting for a permit never counts against the timeout.
            http.AddResilienceHandler("retry", (pipeline, context) => AddRetry(pipeline, Connection(context.ServiceProvider, clientId)));
            http.AddHttpMessageHandler(sp => new RateLimitingHandler(sp.GetRequiredKeyedService<RequestRateLimiter>(clientId)));
            http.AddResilienceHandler("attempt-timeout", (pipeline, context) => pipeline.AddTimeout(Connection(context.ServiceProvider, clientId).Timeout));
            client.AddConnector<KeyCrmConnector>();
        });
    }

    /// <summary>429 (after <c>Retry-After</c> when sent), 408, 5xx and transport errors, for GETs only.</summary>
    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, KeyCrmConnectionOptions connection)
    {
        if (connection.MaxRetries == 0)
        {
            return;
        }

        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = connection.MaxRetries,
            Delay = connection.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            MaxDelay = TimeSpan.FromMinutes(2),
        };
        retry.DisableForUnsafeHttpMethods();
        pipeline.AddRetry(retry);
    }

    private static KeyCrmConnectionOptions Connection(IServiceProvider services, string clientId) =>
        services.GetRequiredService<IOptionsMonitor<KeyCrmOptions>>().Get(clientId).Connection;
}
