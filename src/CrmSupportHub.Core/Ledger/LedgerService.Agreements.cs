using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger;

public sealed partial class LedgerService
{
    /// <summary>Records the client's approval of overage for an open month.</summary>
    public async Task<OverageApproval> ApproveOverageAsync(OverageApprovalDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var client = Client(draft.ClientId);
        Require(LedgerMath.ToMinutes(draft.Hours) > 0, LedgerErrorCode.InvalidInput, Invariant($"An approval needs a positive number of hours (got {draft.Hours})."));
        Require(!string.IsNullOrWhiteSpace(draft.ApprovedBy), LedgerErrorCode.InvalidInput, "An approval needs the name of who approved it.");
        Require(!string.IsNullOrWhiteSpace(draft.Reference), LedgerErrorCode.InvalidInput, "An approval needs a reference to where it is written down.");
        var now = _time.GetUtcNow();
        Require(draft.ApprovedAt <= now, LedgerErrorCode.DateInFuture, Invariant($"An approval cannot be given in the future ({draft.ApprovedAt:O})."));

        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        Require(!IsClosed(draft.Month, latest), LedgerErrorCode.MonthClosed, Invariant($"{draft.Month} is closed; its overage can no longer be approved."));
        var approval = new OverageApproval(
            0, client.Id, draft.Month, draft.Hours, draft.ApprovedBy, draft.ApprovedAt, draft.Reference, now, draft.CoversLoggedHours);
        return await _store.SaveApprovalAsync(approval, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Converts a request into a mini-project. The caller appends <see cref="MiniProject.ToRequestEvent"/>
    /// to the request's log, which stops its SLA clock.
    /// </summary>
    public async Task<MiniProject> ConvertToMiniProjectAsync(
        string clientId, string requestId, decimal estimateHours, string by, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        Require(!string.IsNullOrWhiteSpace(requestId), LedgerErrorCode.InvalidInput, "A mini-project is converted from a request; give its id.");
        Require(LedgerMath.ToMinutes(estimateHours) > 0, LedgerErrorCode.InvalidInput, Invariant($"A mini-project needs a positive estimate (got {estimateHours} h)."));
        Require(!string.IsNullOrWhiteSpace(by), LedgerErrorCode.InvalidInput, "A conversion needs the name of who converted it.");

        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var projects = await _store.ListMiniProjectsAsync(client.Id, cancellationToken).ConfigureAwait(false);
        Require(projects.All(p => p.RequestId != requestId), LedgerErrorCode.AlreadyConverted, $"Request '{requestId}' already is a mini-project.");
        var project = new MiniProject(client.Id, requestId, estimateHours, _time.GetUtcNow(), by);
        await _store.SaveMiniProjectAsync(project, cancellationToken).ConfigureAwait(false);
        return project;
    }

    /// <summary>Records a delivered change; on packages with hypercare after changes it opens a window for the request.</summary>
    public async Task<ChangeDelivered> RecordChangeDeliveredAsync(string clientId, string requestId, DateOnly date, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        Require(!string.IsNullOrWhiteSpace(requestId), LedgerErrorCode.InvalidInput, "A delivered change belongs to a request; give its id.");
        RequireDayInContract(client, date, _time.GetUtcNow());
        var change = new ChangeDelivered(client.Id, requestId, date, _time.GetUtcNow());
        await _store.SaveChangeDeliveredAsync(change, cancellationToken).ConfigureAwait(false);
        return change;
    }

    /// <summary>Records an included session held on <paramref name="date"/>; its month must still be open.</summary>
    public async Task<SessionRecord> RecordSessionAsync(
        string clientId, SessionKind kind, DateOnly date, string heldBy, string? note, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        Require(!string.IsNullOrWhiteSpace(heldBy), LedgerErrorCode.InvalidInput, "A session needs the analyst who held it.");
        var now = _time.GetUtcNow();
        RequireDayInContract(client, date, now);

        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        Require(!IsClosed(LedgerMonth.Of(date), latest), LedgerErrorCode.MonthClosed, Invariant($"{LedgerMonth.Of(date)} is closed; record the session in an open month."));
        var session = new SessionRecord(0, client.Id, kind, date, heldBy, note, now);
        return await _store.AppendSessionAsync(session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sessions used and remaining in the periods containing <paramref name="date"/>.</summary>
    public async Task<IReadOnlyList<SessionUsage>> GetSessionUsageAsync(string clientId, DateOnly date, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        var held = await _store.ListSessionsAsync(client.Id, SessionTracker.QuarterStart(date), date, cancellationToken).ConfigureAwait(false);
        return SessionTracker.Usage(client, date, held);
    }
}
