using CrmSupportHub.Worker.Api;
using CrmSupportHub.Worker.Dashboard;
using CrmSupportHub.Worker.Extensions;
using CrmSupportHub.Worker.Webhooks;

namespace CrmSupportHub.Worker;

/// <summary>Builds the worker: one place for Program, the demo and the end-to-end tests.</summary>
public static class HubApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory, // finds the linked appsettings.json wherever it is started from
        });
        configure?.Invoke(builder);

        builder.AddCrmSupportHub()
               .AddPipedrive()
               .AddKeyCrm()
               .AddNetHunt()
               .AddUspacy();
        builder.Services.AddHubApi();
        builder.Services.AddDashboard();

        var app = builder.Build();
        app.UseMiddleware<BadRequestMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCrmWebhooks();
        app.MapHubApi();
        app.MapDashboard();
        app.MapHealthChecks("/health");
        return app;
    }
}
