namespace CrmSupportHub.Worker.Demo;

/// <summary>Plays the <see cref="DemoScript"/>: every few seconds, clients raise requests and analysts move them on.</summary>
internal sealed partial class DemoTraffic(DemoScript script, TimeProvider time, ILogger<DemoTraffic> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var line in script.Advance(time.GetUtcNow()))
            {
                LogStep(line);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo {Step}")]
    private partial void LogStep(string step);
}
