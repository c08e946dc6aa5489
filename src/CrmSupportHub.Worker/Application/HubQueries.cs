using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Application;

/// <summary>What the API, the dashboard and the CLI read: clients at a glance, requests by urgency, a request's story.</summary>
internal sealed class HubQueries(
    ClientDirectory clients,
    ClockBoard board,
    SlaCalculators calculators,
    ISupportRequestStore requests,
    IUserStore users,
    ISyncStateStore syncStates,
    MonthLedgerCache months,
    LedgerService ledger,
    TimeProvider time)
{
    public ClientProfile RequireClient(string clientId) =>
        clients.Find(clientId) ?? throw new HubOperationException(HubErrorKind.NotFound, $"Unknown client '{clientId}': it is not configured.");

    public async Task<IReadOnlyList<ClientOverview>> OverviewAsync(IEnumerable<ClientProfile> visible, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var health = (await syncStates.ListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(s => s.ClientId, StringComparer.Ordinal);
        // One query for every client's seats rather than one per client: the overview may list hundreds.
        var seats = (await users.ListLatestSeatCountsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.ClientId, StringComparer.Ordinal);
        var versions = await months.VersionsAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ClientOverview>();
        foreach (var client in visible.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            result.Add(await SummarizeAsync(client, health[client.Id], seats.GetValueOrDefault(client.Id), versions, now, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public async Task<ClientOverview> ClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var client = RequireClient(clientId);
        var now = time.GetUtcNow();
        var health = (await syncStates.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.ClientId == client.Id);
        var seats = await users.GetLatestSeatCountAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var versions = await months.VersionsAsync(cancellationToken).ConfigureAwait(false);
        return await SummarizeAsync(client, health, seats, versions, now, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RequestRow>> RequestsAsync(IEnumerable<ClientProfile> visible, RequestFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = time.GetUtcNow();
        var rows = new List<RequestRow>();
        foreach (var client in visible.Where(c => filter.ClientIds is null || filter.ClientIds.Contains(c.Id)))
        {
            var snapshots = await requests.ListAsync(client.Id, cancellationToken).ConfigureAwait(false);
            rows.AddRange(snapshots.Select(s => Row(s, now)).Where(r => Matches(r, filter)));
        }

        return [.. rows.OrderBy(r => r.TimeLeft ?? TimeSpan.MaxValue).ThenBy(r => r.CreatedAt).Take(filter.Limit)];
    }

    public async Task<RequestDetail> RequestAsync(string clientId, string requestId, CancellationToken cancellationToken)
    {
        var client = RequireClient(clientId);
        var snapshot = await requests.GetAsync(client.Id, requestId, cancellationToken).ConfigureAwait(false)
            ?? throw new HubOperationException(HubErrorKind.NotFound, $"Client '{clientId}' has no request '{requestId}'.");
        var events = await requests.GetEventsAsync(client.Id, requestId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var clocks = events.Count == 0 ? null : calculators.For(client.Id).Compute(events, now);
        return new RequestDetail(Row(snapshot, now, clocks), events, clocks?.Reaction, clocks?.Resolution);
    }

    private async Task<ClientOverview> SummarizeAsync(
        ClientProfile client,
        IEnumerable<Core.Sync.SyncState> health,
        Core.Users.SeatCount? seats,
        IReadOnlyDictionary<string, long> ledgerVersions,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var calendar = calculators.Calendar(client.Id);
        var contract = client.Contract.InForceOn(client.LocalDate(now));
        int open = 0, atRisk = 0, breached = 0;
        TimeSpan? worst = null;
        DateTimeOffset? worstDue = null;
        foreach (var clocks in board.ForClient(client.Id))
        {
            if (clocks.Reaction is not { } reaction)
            {
                continue;
            }

            var view = ClockView.Of(reaction, calendar, now);
            if (!view.IsOpen)
            {
                continue;
            }

            open++;
            atRisk += view.Urgency == ClockUrgency.AtRisk ? 1 : 0;
            breached += view.Urgency == ClockUrgency.Breached ? 1 : 0;
            if (view.TimeLeft is { } left && (worst is null || left < worst))
            {
                worst = left;
                worstDue = view.State == SlaClockState.Paused ? null : view.DueAt;
            }
        }

        var month = ledger.CurrentMonth(client.Id);
        var hours = await months.GetAsync(client.Id, month, ledgerVersions, cancellationToken).ConfigureAwait(false);
        var used = hours.Logged.CarryInUsed + hours.Logged.BucketBurn + hours.OverageMinutes;
        return new ClientOverview(
            client.Id, client.Name, client.Crm, contract.Terms.Tier, contract.EffectiveFrom, client.Calendar.TimeZoneId,
            seats, contract.Terms.MaxUsers, open, atRisk, breached, worst, month.ToString(),
            hours.BucketMinutes, used, hours.AvailableMinutes - hours.Logged.CarryInUsed - hours.Logged.BucketBurn, hours.Logged.UnapprovedOverage,
            [.. health.Select(s => SyncHealthView.Of(s, now)).OrderBy(s => s.Stream, StringComparer.Ordinal)],
            worstDue);
    }

    private RequestRow Row(RequestSnapshot snapshot, DateTimeOffset now, RequestSlaClocks? clocks = null)
    {
        clocks ??= board.Find(snapshot.ClientId, snapshot.ExternalId);
        var calendar = calculators.Calendar(snapshot.ClientId);
        return new RequestRow(
            snapshot.ClientId, snapshot.ExternalId, snapshot.Title, snapshot.Stage, snapshot.Status, snapshot.AssigneeId, snapshot.CreatedAt,
            clocks?.Reaction is { } reaction ? ClockView.Of(reaction, calendar, now) : null,
            clocks?.Resolution is { } resolution ? ClockView.Of(resolution, calendar, now) : null);
    }

    private static bool Matches(RequestRow row, RequestFilter filter) =>
        (filter.State is null || row.Reaction?.State == filter.State)
        && (!filter.AtRisk || row.Urgency >= ClockUrgency.AtRisk)
        && (!filter.Breached || row.Urgency == ClockUrgency.Breached)
        && (!filter.OpenOnly || row.Reaction?.IsOpen == true || row.Resolution?.IsOpen == true);
}
