using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Ledger;

public sealed partial class LedgerService
{
    /// <summary>Logs work. Work dated in a closed month counts in the current month, as an adjustment.</summary>
    public async Task<RecordedWork> RecordAsync(WorkEntryDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var client = Client(draft.ClientId);
        Require(!string.IsNullOrWhiteSpace(draft.Analyst), LedgerErrorCode.InvalidInput, "A work entry needs the analyst who did the work.");
        Require(draft.Minutes > 0, LedgerErrorCode.InvalidInput, Invariant(
            $"Minutes must be positive (got {draft.Minutes}); to take work back, record a correction of its entry."));
        RequireSaneMinutes(draft.Minutes);
        var now = _time.GetUtcNow();
        RequireDayInContract(client, draft.Date, now);
        if (draft.Kind == WorkKind.MiniProject)
        {
            var projects = await _store.ListMiniProjectsAsync(client.Id, cancellationToken).ConfigureAwait(false);
            Require(
                draft.RequestId is not null && projects.Any(p => p.RequestId == draft.RequestId),
                LedgerErrorCode.NotAMiniProject,
                $"Mini-project work needs a request converted into a mini-project; '{draft.RequestId}' is not one.");
        }

        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var month = LedgerMonth.Of(draft.Date);
        var countsIn = IsClosed(month, latest) ? LedgerMonth.Of(client.LocalDate(now)) : month;
        var entry = new WorkEntry(
            0, client.Id, draft.RequestId, draft.Analyst, draft.Date, draft.Minutes, draft.Kind, draft.Note, now, countsIn);
        return await AppendAsync(client, entry, latest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Corrects an entry with a new one: negative minutes reverse (never more than the entry has left),
    /// positive minutes add. A correction of a closed month's entry counts in the current month.
    /// </summary>
    public async Task<RecordedWork> CorrectAsync(WorkCorrectionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var client = Client(draft.ClientId);
        Require(!string.IsNullOrWhiteSpace(draft.Analyst), LedgerErrorCode.InvalidInput, "A correction needs the analyst who makes it.");
        Require(draft.Minutes != 0, LedgerErrorCode.InvalidInput, "A correction of 0 minutes changes nothing.");
        RequireSaneMinutes(Math.Abs(draft.Minutes));

        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var target = await _store.GetEntryAsync(client.Id, draft.Corrects, cancellationToken).ConfigureAwait(false)
            ?? throw new LedgerException(LedgerErrorCode.UnknownEntry, Invariant($"Client '{client.Id}' has no work entry #{draft.Corrects}."));
        Require(target.Corrects is null, LedgerErrorCode.InvalidInput, Invariant(
            $"Entry #{target.Id} is itself a correction of #{target.Corrects}; correct #{target.Corrects} instead."));
        var corrections = await _store.ListCorrectionsAsync(client.Id, target.Id, cancellationToken).ConfigureAwait(false);
        var left = target.Minutes + corrections.Sum(c => c.Minutes);
        Require(-draft.Minutes <= left, LedgerErrorCode.OverReversal, Invariant(
            $"Entry #{target.Id} has {left} minutes left; a correction cannot reverse {-draft.Minutes}."));

        var now = _time.GetUtcNow();
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var countsIn = IsClosed(target.Month, latest) ? LedgerMonth.Of(client.LocalDate(now)) : target.Month;
        var entry = new WorkEntry(
            0, client.Id, target.RequestId, draft.Analyst, target.Date, draft.Minutes, target.Kind, draft.Note, now, countsIn, target.Id);
        return await AppendAsync(client, entry, latest, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RecordedWork> AppendAsync(ClientProfile client, WorkEntry entry, ClosedMonth? latest, CancellationToken cancellationToken)
    {
        var before = await ComputeAsync(client, entry.Month, latest, cancellationToken).ConfigureAwait(false);
        var stored = await _store.AppendEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        var after = await ComputeAsync(client, entry.Month, latest, cancellationToken).ConfigureAwait(false);
        var added = after.Ledger.Logged.UnapprovedOverage - before.Ledger.Logged.UnapprovedOverage;
        var alert = added > 0
            ? new UnapprovedOverageAlert(client.Id, entry.Month, stored.Id, added, after.Ledger.Logged.UnapprovedOverage, stored.RecordedAt)
            : null;
        return new RecordedWork(stored, alert);
    }

    private void RequireSaneMinutes(int minutes) =>
        Require(minutes <= _options.MaxEntryMinutes, LedgerErrorCode.InvalidInput, Invariant(
            $"{minutes} minutes is more than one entry may log ({_options.MaxEntryMinutes}); split the work into entries per day."));

    private static void RequireDayInContract(ClientProfile client, DateOnly date, DateTimeOffset now)
    {
        var today = client.LocalDate(now);
        Require(date <= today, LedgerErrorCode.DateInFuture, Invariant(
            $"{date:yyyy-MM-dd} is in the future: today is {today:yyyy-MM-dd} in {client.Calendar.TimeZoneId}."));
        var start = LedgerTerms.StartMonth(client);
        Require(date >= start.FirstDay, LedgerErrorCode.BeforeContractStart, Invariant(
            $"{date:yyyy-MM-dd} is before client '{client.Id}' has a contract (from {start})."));
    }
}
