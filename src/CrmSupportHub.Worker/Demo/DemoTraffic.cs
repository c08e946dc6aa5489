using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Worker.Demo;

/// <summary>
/// Keeps the demo's sandbox CRMs busy: every few seconds a client raises a request, or an analyst
/// picks one up, parks it waiting for the client, or closes it, so sync and clocks have work to show.
/// </summary>
internal sealed class DemoTraffic(IReadOnlyList<ISandboxCrm> sandboxes, TimeProvider time, ILogger<DemoTraffic> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(7);
    private readonly Dictionary<ISandboxCrm, List<string>> _open = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var step = 0;
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var sandbox in sandboxes)
            {
                Act(sandbox, step);
            }

            step++;
        }
    }

    private void Act(ISandboxCrm sandbox, int step)
    {
        var now = time.GetUtcNow();
        if (!_open.TryGetValue(sandbox, out var open))
        {
            _open[sandbox] = open = [];
        }

        // Deterministic rotation, so a demo run is repeatable: raise, react, wait, raise, close.
        switch (step % 5)
        {
            case 0 or 3:
                var id = sandbox.SeedRequests(1, now)[0];
                open.Add(id);
                logger.LogInformation("Demo {Crm}: a client raised request {Id}", sandbox.Kind, id);
                break;
            case 1 when open.Count > 0:
                sandbox.MoveRequest(open[0], StageCategory.Working, now);
                logger.LogInformation("Demo {Crm}: an analyst picked up request {Id}", sandbox.Kind, open[0]);
                break;
            case 2 when open.Count > 1:
                sandbox.MoveRequest(open[1], StageCategory.Waiting, now);
                logger.LogInformation("Demo {Crm}: request {Id} now waits for the client", sandbox.Kind, open[1]);
                break;
            case 4 when open.Count > 0:
                sandbox.MoveRequest(open[0], StageCategory.Closed, now);
                logger.LogInformation("Demo {Crm}: request {Id} closed", sandbox.Kind, open[0]);
                open.RemoveAt(0);
                break;
        }
    }
}
