using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Jobs;
using CrmSupportHub.Worker.Security;
using CrmSupportHub.Worker.Sla;
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

        services.AddSingleton(sp => new LedgerService(
            sp.GetRequiredService<IHoursLedgerStore>(), sp.GetRequiredService<ClientDirectory>().All, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlaCalculators>();
        services.AddSingleton<ClockReader>();
        services.AddSingleton<SlaOutboxSignal>();
        services.AddSingleton<SlaMilestoneScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<SlaMilestoneScheduler>());
        services.AddHttpClient<ChatWebhookSender>(ChatWebhookSender.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SlaOutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SlaOutboxDispatcher>());
        services.AddSingleton<RequestActions>();
        services.AddSingleton<StatementService>();
        services.AddSingleton<ClockBoard>();
        services.AddSingleton<MonthLedgerCache>();
        services.AddSingleton<WorkService>();
        services.AddSingleton<HubQueries>();
        services.AddAnalystAuthentication();

        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        if (builder.Configuration.GetValue($"{HubOptions.SectionName}:Polling:Enabled", true))
        {
            services.AddHostedService<PollScheduler>();
        }

        services.AddHostedService<MonthClosingScheduler>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return new CrmSupportHubBuilder(services, builder.Configuration);
    }
}
