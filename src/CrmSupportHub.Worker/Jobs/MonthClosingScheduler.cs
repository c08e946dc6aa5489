using CrmSupportHub.Worker.Configuration;
using Quartz;

namespace CrmSupportHub.Worker.Jobs;

/// <summary>Schedules each client's <see cref="CloseMonthsJob"/> at 00:05 every day in the client's time zone, and once now.</summary>
internal sealed class MonthClosingScheduler(ISchedulerFactory schedulers, ClientDirectory clients) : IHostedService
{
    // A few minutes past midnight: the month has ended locally even if the host clock lags a little.
    private const string DailyAfterMidnight = "0 5 0 * * ?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var client in clients.All)
        {
            var job = JobBuilder.Create<CloseMonthsJob>().WithIdentity(client.Id, CloseMonthsJob.Group).StoreDurably().Build();
            var daily = TriggerBuilder.Create()
                .WithIdentity(client.Id, CloseMonthsJob.Group)
                .ForJob(job)
                .WithCronSchedule(DailyAfterMidnight, cron => cron.InTimeZone(client.TimeZone))
                .Build();
            var atStart = TriggerBuilder.Create().WithIdentity(client.Id + "-start", CloseMonthsJob.Group).ForJob(job).StartNow().Build();
            await scheduler.ScheduleJob(job, [daily, atStart], replace: true, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
