using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Dashboard.Pages;
using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Security;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Dashboard;

/// <summary>Gathers what each page shows from the application layer; pages only render.</summary>
internal sealed class DashboardData(
    ClientDirectory clients,
    HubQueries queries,
    SlaCalculators calculators,
    MonthLedgerCache months,
    LedgerService ledger,
    IUserStore users,
    TimeProvider time)
{
    /// <summary>How far back the seat chart reaches.</summary>
    public static readonly TimeSpan SeatPeriod = TimeSpan.FromDays(90);

    /// <summary>Requests listed on a client page: the open ones come first, so only old closed ones drop off.</summary>
    public const int RequestLimit = 300;

    public async Task<IReadOnlyList<OverviewRow>> OverviewAsync(Analyst analyst, CancellationToken cancellationToken)
    {
        var summaries = await queries.OverviewAsync(clients.All.Where(c => analyst.MaySee(c.Id)), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return [.. summaries.Select(s =>
        {
            var calendar = calculators.Calendar(s.Id);
            return new OverviewRow(s, calendar.TimeZone, BusinessHours.OpenFor(calendar, now));
        })];
    }

    public async Task<ClientPageModel> ClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var client = queries.RequireClient(clientId);
        var summary = await queries.ClientAsync(client.Id, cancellationToken).ConfigureAwait(false);
        var requests = await queries.RequestsAsync([client], new RequestFilter(Limit: RequestLimit), cancellationToken).ConfigureAwait(false);
        var month = ledger.CurrentMonth(client.Id);
        var hours = await months.GetAsync(client.Id, month, cancellationToken).ConfigureAwait(false);
        var entries = await ledger.ListEntriesAsync(client.Id, month, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var seats = await users.ListSeatCountsAsync(client.Id, now - SeatPeriod, now, cancellationToken).ConfigureAwait(false);
        var today = client.LocalDate(now);
        var sessions = await ledger.GetSessionUsageAsync(client.Id, today, cancellationToken).ConfigureAwait(false);
        var calendar = calculators.Calendar(client.Id);
        return new ClientPageModel(
            client, summary, requests, hours, entries, seats, sessions, calendar.TimeZone, BusinessHours.OpenFor(calendar, now), now, today);
    }

    public async Task<RequestPageModel> RequestAsync(string clientId, string requestId, CancellationToken cancellationToken)
    {
        var client = queries.RequireClient(clientId);
        var detail = await queries.RequestAsync(client.Id, requestId, cancellationToken).ConfigureAwait(false);
        var calendar = calculators.Calendar(client.Id);
        var now = time.GetUtcNow();
        return new RequestPageModel(client, detail, calendar.TimeZone, BusinessHours.OpenFor(calendar, now), now);
    }
}
