using Microsoft.Extensions.DependencyInjection.Extensions;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Jobs;
using CrmSupportHub.Worker.Sync;
using CrmSupportHub.Worker.Webhooks;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrmSupportHub.Worker.Extensions;

internal static class HubBuilderExtensions
{
    /// <summary>Options and their validation, SQLite storage, sync, webhook intake, Quartz polling and health checks.</summary>
    public static ICrmSupportHubBuilder AddCrmSupportHub(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubOptions>, HubOptionsValidator>();
        services.AddSingleton<ClientDirectory>();

        var connectionString = builder.Configuration[$"{HubOptions.SectionName}:Database:ConnectionString"] ?? new DatabaseOptions().ConnectionString;
        services.AddSqliteStorage(connectionString);
        services.AddHostedService<DatabaseInitializer>(); // first: later services need the schema

        services.AddSingleton<ClientLocks>();
        services.AddSingleton<RequestIngestor>();
        services.AddSingleton<UserSyncService>();
        services.AddSingleton<RequestSyncService>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());

        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        if (builder.Configuration.GetValue($"{HubOptions.SectionName}:Polling:Enabled", true))
        {
            services.AddHostedService<PollScheduler>();
        }

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return new CrmSupportHubBuilder(services, builder.Configuration);
    }
}
