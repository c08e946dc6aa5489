using System.Threading.Channels;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Sla;

/// <summary>
/// Fires each SLA warning and breach once, at its due moment. A request is reviewed when its
/// events change (ingestion, a manual reaction, a conversion) and when its next milestone falls
/// due: the clocks are recomputed from the stored events, due milestones go to the outbox (whose
/// unique key makes a repeat harmless) and a wake-up is set for the next one. At start-up every
/// request is reviewed, so milestones that fell due while the worker was down fire then.
/// </summary>
internal sealed partial class SlaMilestoneScheduler : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);
    private static readonly IReadOnlySet<SlaEventKey> NoKeys = new HashSet<SlaEventKey>();

    private readonly Channel<Review> _reviews = Channel.CreateUnbounded<Review>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _caughtUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ClientDirectory _clients;
    private readonly SlaCalculators _calculators;
    private readonly ClockBoard _board;
    private readonly ISupportRequestStore _requests;
    private readonly ISlaEventOutbox _outbox;
    private readonly SlaOutboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<SlaMilestoneScheduler> _logger;
    private readonly SlaWakeUps _wakeUps;

    public SlaMilestoneScheduler(
        ClientDirectory clients,
        SlaCalculators calculators,
        ClockBoard board,
        ISupportRequestStore requests,
        ISlaEventOutbox outbox,
        SlaOutboxSignal signal,
        TimeProvider time,
        ILogger<SlaMilestoneScheduler> logger)
    {
        _clients = clients;
        _calculators = calculators;
        _board = board;
        _requests = requests;
        _outbox = outbox;
        _signal = signal;
        _time = time;
        _logger = logger;
        _wakeUps = new SlaWakeUps(time, request => _reviews.Writer.TryWrite(new Review(request, null)));
    }

    /// <summary>Completes once the start-up review of every stored request has finished.</summary>
    public Task CaughtUp => _caughtUp.Task;

    /// <summary>Requests waiting for their next milestone.</summary>
    public int Scheduled => _wakeUps.Count;

    /// <summary>When the request is next reviewed, if a milestone is ahead.</summary>
    public DateTimeOffset? NextReviewOf(string clientId, string requestId) => _wakeUps.WakeUpOf(new RequestRef(clientId, requestId));

    /// <summary>Queues a review of requests whose events changed.</summary>
    public void RequestsChanged(string clientId, IEnumerable<string> requestIds)
    {
        foreach (var requestId in requestIds)
        {
            _reviews.Writer.TryWrite(new Review(new RequestRef(clientId, requestId), null));
        }
    }

    /// <summary>Completes when every review queued before the call has been done (tests, the CLI's sync command).</summary>
    public Task IdleAsync()
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reviews.Writer.TryWrite(new Review(default, barrier));
        return barrier.Task;
    }

    public override void Dispose()
    {
        _wakeUps.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await CatchUpAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            _caughtUp.TrySetResult();
        }

        await foreach (var (request, barrier) in _reviews.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (barrier is not null)
            {
                barrier.TrySetResult();
                continue;
            }

            try
            {
                var events = await _requests.GetEventsAsync(request.ClientId, request.RequestId, stoppingToken).ConfigureAwait(false);
                await ReviewAsync(request, events, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReviewFailed(ex, request.ClientId, request.RequestId);
                _wakeUps.Schedule(request, _time.GetUtcNow() + RetryAfterFailure);
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var client in _clients.All)
        {
            var events = await _requests.ListEventsAsync(client.Id, cancellationToken).ConfigureAwait(false);
            foreach (var request in events.GroupBy(e => e.RequestId, StringComparer.Ordinal))
            {
                await ReviewAsync(new RequestRef(client.Id, request.Key), [.. request], cancellationToken).ConfigureAwait(false);
            }
        }

        LogCaughtUp(_clients.All.Count, _wakeUps.Count);
    }

    private async Task ReviewAsync(RequestRef request, IReadOnlyList<RequestEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0 || _clients.Find(request.ClientId) is not { } client)
        {
            _wakeUps.Cancel(request);
            _board.Remove(request.ClientId, request.RequestId);
            return;
        }

        var now = _time.GetUtcNow();
        var clocks = _calculators.For(client.Id).Compute(events, now);
        _board.Publish(clocks);
        IReadOnlySet<SlaEventKey>? enqueued = null;
        var fired = 0;
        // An event stamped in the future (CRM clock skew) changes the clocks when it occurs.
        DateTimeOffset? next = events.Where(e => e.OccurredAt > now).Select(e => (DateTimeOffset?)e.OccurredAt).Min();
        foreach (var clock in new[] { clocks.Reaction, clocks.Resolution })
        {
            if (clock is null)
            {
                continue;
            }

            var plan = SlaMilestonePlanner.Plan(clock, now, NoKeys);
            if (plan.DueNow.Count > 0)
            {
                // Only now is the outbox asked which milestones fired already: most reviews have none due.
                enqueued ??= await _outbox.ListKeysAsync(client.Id, request.RequestId, cancellationToken).ConfigureAwait(false);
                plan = SlaMilestonePlanner.Plan(clock, now, enqueued);
                foreach (var milestone in plan.DueNow)
                {
                    var notification = SlaNotification.For(client, clock, milestone, client.TimeZone);
                    if (await _outbox.EnqueueAsync(notification, now, cancellationToken).ConfigureAwait(false))
                    {
                        fired++;
                    }
                }
            }

            next = Earliest(next, plan.NextDueAt);
        }

        if (next is { } wakeUp)
        {
            _wakeUps.Schedule(request, wakeUp);
        }
        else
        {
            _wakeUps.Cancel(request);
        }

        if (fired > 0)
        {
            _signal.Notify();
        }
    }

    /// <summary>A request to review, or a barrier to release once the reviews before it are done.</summary>
    private readonly record struct Review(RequestRef Request, TaskCompletionSource? Barrier);

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA review of request {RequestId} of client {ClientId} failed; retrying in a minute")]
    private partial void LogReviewFailed(Exception exception, string clientId, string requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA clocks of {Clients} clients reviewed; {Scheduled} requests wait for a milestone")]
    private partial void LogCaughtUp(int clients, int scheduled);
}
