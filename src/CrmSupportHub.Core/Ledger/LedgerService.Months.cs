using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Ledger;

public sealed partial class LedgerService
{
    /// <summary>A month's hours: the frozen result of a closed month, else computed from the log now.</summary>
    public async Task<MonthLedger> GetMonthAsync(string clientId, LedgerMonth month, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        if (IsClosed(month, latest))
        {
            var closed = await _store.GetClosedMonthAsync(client.Id, month, cancellationToken).ConfigureAwait(false);
            if (closed is not null)
            {
                return closed.Result;
            }
        }

        return (await ComputeAsync(client, month, latest, cancellationToken).ConfigureAwait(false)).Ledger;
    }

    /// <summary>
    /// Closes a month that has ended in the client's time zone, freezing its result. Months close in
    /// order from the contract's first month; closing a closed month again returns its snapshot.
    /// </summary>
    public async Task<ClosedMonth> CloseMonthAsync(string clientId, LedgerMonth month, string closedBy, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        return await CloseLockedAsync(client, month, closedBy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every month that has ended and is still open, oldest first (what the scheduled job runs).</summary>
    public async Task<IReadOnlyList<ClosedMonth>> CloseEndedMonthsAsync(string clientId, string closedBy, CancellationToken cancellationToken)
    {
        var client = Client(clientId);
        using var _ = await LockAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var next = latest?.Month.Following() ?? LedgerTerms.StartMonth(client);
        var closed = new List<ClosedMonth>();
        for (var today = Today(client); next.LastDay < today; next = next.Following())
        {
            closed.Add(await CloseLockedAsync(client, next, closedBy, cancellationToken).ConfigureAwait(false));
        }

        return closed;
    }

    private async Task<ClosedMonth> CloseLockedAsync(ClientProfile client, LedgerMonth month, string closedBy, CancellationToken cancellationToken)
    {
        var latest = await _store.GetLatestClosedMonthAsync(client.Id, cancellationToken).ConfigureAwait(false);
        if (IsClosed(month, latest)
            && await _store.GetClosedMonthAsync(client.Id, month, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var today = Today(client);
        Require(month.LastDay < today, LedgerErrorCode.MonthNotEnded, Invariant(
            $"{month} has not ended in {client.Calendar.TimeZoneId} (today is {today:yyyy-MM-dd}); it can be closed from {month.LastDay.AddDays(1):yyyy-MM-dd}."));
        var expected = latest?.Month.Following() ?? LedgerTerms.StartMonth(client);
        Require(month == expected, LedgerErrorCode.MonthOutOfOrder, Invariant(
            $"Months close in order: close {expected} before {month}."));

        var computation = await ComputeAsync(client, month, latest, cancellationToken).ConfigureAwait(false);
        var closedMonth = new ClosedMonth(client.Id, month, _time.GetUtcNow(), closedBy, computation.Ledger);
        if (await _store.SaveClosedMonthAsync(closedMonth, cancellationToken).ConfigureAwait(false))
        {
            return closedMonth;
        }

        // Closed meanwhile by another writer: the snapshot that was stored first is the month.
        return await _store.GetClosedMonthAsync(client.Id, month, cancellationToken).ConfigureAwait(false) ?? closedMonth;
    }

    /// <summary>
    /// Computes <paramref name="month"/> from the last closed month's carry-out (or the contract's first
    /// month), walking the open months in between so each month's carry-in is the one before's carry-out.
    /// </summary>
    private async Task<MonthComputation> ComputeAsync(ClientProfile client, LedgerMonth month, ClosedMonth? latest, CancellationToken cancellationToken)
    {
        var from = latest is not null && latest.Month < month ? latest.Month.Following() : LedgerTerms.StartMonth(client);
        var carry = latest is not null && latest.Month < month ? latest.Result.CarryOutMinutes : 0;
        if (month < from)
        {
            from = month;
            carry = 0;
        }

        var projects = await _store.ListMiniProjectsAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var changes = await _store.ListChangesDeliveredAsync(client.Id, cancellationToken).ConfigureAwait(false);
        MonthComputation result;
        for (var current = from; ; current = current.Following())
        {
            var entries = await _store.ListEntriesAsync(client.Id, current, cancellationToken).ConfigureAwait(false);
            var approvals = await _store.ListApprovalsAsync(client.Id, current, cancellationToken).ConfigureAwait(false);
            result = LedgerCalculator.Compute(new MonthInput(client, current, carry, entries, approvals, projects, changes));
            if (current == month)
            {
                return result;
            }

            carry = result.Ledger.CarryOutMinutes;
        }
    }
}
