using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Application;

/// <summary>
/// What analysts do to a request through the hub (API, dashboard, CLI): record a reaction, convert
/// it to a mini-project. Each appends to the request's event log and has its SLA clocks reviewed.
/// </summary>
internal sealed class RequestActions(
    ClientDirectory clients,
    ISupportRequestStore requests,
    LedgerService ledger,
    SlaMilestoneScheduler scheduler,
    TimeProvider time)
{
    /// <summary>Records that an analyst reacted (answered the client) now; stops the reaction clock where the client's rules allow it.</summary>
    public async Task<RequestEvent> RecordReactionAsync(string clientId, string requestId, string analyst, string? note, CancellationToken cancellationToken)
    {
        await RequireRequestAsync(clientId, requestId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(analyst))
        {
            throw new HubOperationException(HubErrorKind.Invalid, "A reaction needs the name of the analyst who reacted.");
        }

        var now = time.GetUtcNow();
        var recorded = await requests.AppendEventAsync(
            new RequestEvent(clientId, requestId, RequestEventKind.Responded, now, now, EventSource.Hub, Actor: analyst, Note: note),
            cancellationToken).ConfigureAwait(false);
        scheduler.RequestsChanged(clientId, [requestId]);
        return recorded;
    }

    /// <summary>
    /// Converts the request into a mini-project, which cancels its SLA clocks. Converting again
    /// completes a conversion whose event was not appended (a crash in between) and is refused otherwise.
    /// </summary>
    public async Task<MiniProject> ConvertToMiniProjectAsync(
        string clientId, string requestId, decimal estimateHours, string by, CancellationToken cancellationToken)
    {
        await RequireRequestAsync(clientId, requestId, cancellationToken).ConfigureAwait(false);
        MiniProject project;
        try
        {
            project = await ledger.ConvertToMiniProjectAsync(clientId, requestId, estimateHours, by, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerException ex) when (ex.Code == LedgerErrorCode.AlreadyConverted)
        {
            var existing = (await ledger.ListMiniProjectsAsync(clientId, cancellationToken).ConfigureAwait(false)).First(p => p.RequestId == requestId);
            var log = await requests.GetEventsAsync(clientId, requestId, cancellationToken).ConfigureAwait(false);
            if (log.Any(e => e.Kind == RequestEventKind.ConvertedToMiniProject))
            {
                throw;
            }

            project = existing;
        }

        await requests.AppendEventAsync(project.ToRequestEvent(), cancellationToken).ConfigureAwait(false);
        scheduler.RequestsChanged(clientId, [requestId]);
        return project;
    }

    private async Task RequireRequestAsync(string clientId, string requestId, CancellationToken cancellationToken)
    {
        if (clients.Find(clientId) is null)
        {
            throw new HubOperationException(HubErrorKind.NotFound, $"Unknown client '{clientId}': it is not configured.");
        }

        if (await requests.GetAsync(clientId, requestId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new HubOperationException(HubErrorKind.NotFound, $"Client '{clientId}' has no request '{requestId}' (it appears after the next sync if it is new in the CRM).");
        }
    }
}
