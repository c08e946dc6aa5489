using CrmSupportHub.Worker.Configuration;
using Quartz;

namespace CrmSupportHub.Worker.Jobs;

/// <summary>Schedules each client's <see cref="CloseMonthsJob"/> at 00:05 every day in the client's time zone, and once now.</summary>
internal sealed class MonthClosingScheduler(ISchedulerFactory schedulers, ClientDirectory clients, TimeProvider time) : IHostedService
{
    // A few minutes past midnight: the month has ended locally even if the host clock lags a little.
    private const string DailyAfterMidnight = "0 5 0 * * ?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        // Quartz runs on the injected clock, but TriggerBuilder.StartNow() reads the system clock.
        var now = time.GetUtcNow();
        foreach (var client in clients.All)
        {
            var job = JobBuilder.Create<CloseMonthsJob>().WithIdentity(client.Id, CloseMonthsJob.Group).StoreDurably().Build();
            var daily = DailyTrigger(client.Id, client.TimeZone, job.Key, now);
            var atStart = TriggerBuilder.Create().WithIdentity(client.Id + "-start", CloseMonthsJob.Group).ForJob(job).StartAt(now).Build();
            await scheduler.ScheduleJob(job, [daily, atStart], default, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>00:05 every day in the client's zone, DST included.</summary>
    internal static ITrigger DailyTrigger(string clientId, TimeZoneInfo zone, JobKey job, DateTimeOffset now) =>
        TriggerBuilder.Create()
            .WithIdentity(clientId, CloseMonthsJob.Group)
            .ForJob(job)
            .StartAt(now)
            .WithCronSchedule(DailyAfterMidnight, cron => cron.InTimeZone(zone))
            .Build();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
