using CrmSupportHub;
using CrmSupportHub.Worker;
using CrmSupportHub.Worker.Demo;
using CrmSupportHub.Worker.Extensions;
using CrmSupportHub.Worker.Webhooks;

var demo = args.Contains(DemoEnvironment.Flag, StringComparer.Ordinal);
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
{
    Args = [.. args.Where(a => a != DemoEnvironment.Flag)],
    ContentRootPath = AppContext.BaseDirectory, // finds the linked appsettings.json wherever it is started from
});
using var sandbox = demo ? DemoEnvironment.Start(builder) : null;

builder.AddCrmSupportHub()
       .AddPipedrive();

var app = builder.Build();
app.MapCrmWebhooks();
app.MapHealthChecks("/health");
return await HubRunner.RunAsync(app);
