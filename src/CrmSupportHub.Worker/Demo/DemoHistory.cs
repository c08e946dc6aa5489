using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Demo;

/// <summary>
/// Gives the demo's fresh database a past: seat counts over the last 90 days and some hours logged
/// this month (the keycrm client beyond its bucket, so unapproved overage shows), through the same
/// stores and services the worker uses.
/// </summary>
internal sealed partial class DemoHistory(
    ClientDirectory clients,
    IUserStore users,
    WorkService work,
    MonthLedgerCache months,
    LedgerService ledger,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DemoHistory> logger) : BackgroundService
{
    private const string OverBudgetClient = "demo-keycrm";
    private static readonly string[] Analysts = ["olena", "taras"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up: the schema exists by then.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        foreach (var client in clients.All)
        {
            try
            {
                await SeatsAsync(client.Id, stoppingToken).ConfigureAwait(false);
                await HoursAsync(client.Id, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is LedgerException or InvalidOperationException)
            {
                LogFailed(ex, client.Id);
            }
        }
    }

    private async Task SeatsAsync(string clientId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await users.GetLatestSeatCountAsync(clientId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var client = clients.Get(clientId);
        var terms = client.Contract.InForceOn(client.LocalDate(now)).Terms;
        var basis = client.Crm == "NetHunt" ? SeatCountBasis.Estimated : SeatCountBasis.Counted;
        foreach (var (daysAgo, active) in new[] { (88, 6), (70, 7), (55, 9), (40, 8), (24, 10), (9, 11) })
        {
            await users.AppendSeatCountAsync(
                new SeatCount(clientId, now.AddDays(-daysAgo), active, terms.MaxUsers, terms.Tier, basis), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HoursAsync(string clientId, CancellationToken cancellationToken)
    {
        var month = ledger.CurrentMonth(clientId);
        if ((await ledger.ListEntriesAsync(clientId, month, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        var bucket = (await months.GetAsync(clientId, month, cancellationToken).ConfigureAwait(false)).BucketMinutes;
        var target = clientId == OverBudgetClient ? bucket + 150 : Math.Max(120, bucket * 55 / 100);
        var today = clients.Get(clientId).LocalDate(time.GetUtcNow());
        for (var (day, i) = (today, 0); target > 0; day = day.Day > 1 ? day.AddDays(-1) : day, i++)
        {
            var minutes = Math.Min(target, 60 * (1 + i % 4));
            await work.LogAsync(
                new WorkEntryDraft(clientId, null, Analysts[i % Analysts.Length], day, minutes, WorkKind.Support, "demo: support work"),
                cancellationToken).ConfigureAwait(false);
            target -= minutes;
        }

        await work.LogAsync(new WorkEntryDraft(clientId, null, Analysts[0], today, 30, WorkKind.NotCovered, "demo: outside the package"), cancellationToken)
            .ConfigureAwait(false);
        await work.RecordSessionAsync(clientId, SessionKind.Roadmap, today, Analysts[1], "demo: roadmap", cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo history for client {ClientId} could not be written")]
    private partial void LogFailed(Exception exception, string clientId);
}
