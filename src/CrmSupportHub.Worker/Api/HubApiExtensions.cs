namespace CrmSupportHub.Worker.Api;

/// <summary>The analysts' REST API under <c>/api/v1</c>, described at <c>/openapi/v1.json</c>.</summary>
internal static class HubApiExtensions
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static IServiceCollection AddHubApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // Malformed JSON or a value of the wrong type becomes a 400 problem naming the parameter, not an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication MapHubApi(this WebApplication app)
    {
        app.MapOpenApi(OpenApiPath).AllowAnonymous();
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization()
            .AddEndpointFilter<ApiErrorFilter>()
            .WithTags("CrmSupportHub");
        var client = api.MapGroup("/clients/{clientId}").AddEndpointFilter<ClientScopeFilter>();
        ClientEndpoints.Map(api, client);
        RequestEndpoints.Map(api, client);
        LedgerEndpoints.Map(client);
        return app;
    }
}
