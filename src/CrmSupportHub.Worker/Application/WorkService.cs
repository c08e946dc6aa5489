using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Application;

/// <summary>
/// Ledger writes as the API, the dashboard and the CLI make them: each goes to the ledger, refreshes
/// the cached month, and an overage beyond what was approved in advance is alerted in the log.
/// </summary>
internal sealed partial class WorkService(LedgerService ledger, MonthLedgerCache months, ILogger<WorkService> logger)
{
    public async Task<RecordedWork> LogAsync(WorkEntryDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var recorded = await ledger.RecordAsync(draft, cancellationToken).ConfigureAwait(false);
        Written(draft.ClientId, recorded.Alert);
        return recorded;
    }

    public async Task<RecordedWork> CorrectAsync(WorkCorrectionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var recorded = await ledger.CorrectAsync(draft, cancellationToken).ConfigureAwait(false);
        Written(draft.ClientId, recorded.Alert);
        return recorded;
    }

    public async Task<OverageApproval> ApproveOverageAsync(OverageApprovalDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var approval = await ledger.ApproveOverageAsync(draft, cancellationToken).ConfigureAwait(false);
        months.Invalidate(draft.ClientId);
        return approval;
    }

    public async Task<SessionRecord> RecordSessionAsync(
        string clientId, Core.Packages.SessionKind kind, DateOnly date, string heldBy, string? note, CancellationToken cancellationToken)
    {
        var session = await ledger.RecordSessionAsync(clientId, kind, date, heldBy, note, cancellationToken).ConfigureAwait(false);
        months.Invalidate(clientId);
        return session;
    }

    private void Written(string clientId, UnapprovedOverageAlert? alert)
    {
        months.Invalidate(clientId);
        if (alert is not null)
        {
            LogUnapprovedOverage(clientId, alert.Describe());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client {ClientId}: unapproved overage logged: {Alert}")]
    private partial void LogUnapprovedOverage(string clientId, string alert);
}
