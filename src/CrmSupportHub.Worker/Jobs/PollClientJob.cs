using CrmSupportHub.Worker.Sync;
using Quartz;

namespace CrmSupportHub.Worker.Jobs;

/// <summary>Polls one client's users and requests. One job per client; runs of the same client never overlap.</summary>
[DisallowConcurrentExecution]
internal sealed class PollClientJob(UserSyncService users, RequestSyncService requests) : IJob
{
    public const string Group = "poll";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var clientId = context.JobDetail.Key.Name;
        await users.SyncAsync(clientId, cancellationToken).ConfigureAwait(false);
        await requests.SyncAsync(clientId, full: false, progress: null, cancellationToken).ConfigureAwait(false);
    }
}
