using CrmSupportHub.Worker.Configuration;
using Quartz;

namespace CrmSupportHub.Worker.Jobs;

/// <summary>Schedules one polling job per configured client at its own interval, starting at once.</summary>
internal sealed class PollScheduler(ISchedulerFactory schedulers, ClientDirectory clients, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var client in clients.All)
        {
            var job = JobBuilder.Create<PollClientJob>().WithIdentity(client.Id, PollClientJob.Group).Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(client.Id, PollClientJob.Group)
                .StartAt(time.GetUtcNow()) // Quartz runs on the injected clock; StartNow() would read the system one
                .WithSimpleSchedule(s => s.WithInterval(clients.PollInterval(client.Id)).RepeatForever())
                .Build();
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
