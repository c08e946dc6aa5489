using System.CommandLine;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Sla;
using CrmSupportHub.Worker.Sync;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>sync now</c>: reads users and requests from the clients' CRMs right away.</summary>
internal static class SyncCommand
{
    private const string All = "all";

    public static Command Create(CliSession session)
    {
        var client = new Option<string>("--client")
        {
            Description = "The client to sync, or 'all' (default).",
            HelpName = "id|all",
            DefaultValueFactory = _ => All,
        };
        var full = new Option<bool>("--full") { Description = "Re-read every request from the start instead of from the saved cursor." };
        var now = new CliCommand(
            "now",
            "Syncs users and requests from the CRM now, as a poll does, and prints a summary line per client. "
            + "Exits with 1 when any client failed. New SLA warnings and breaches go to the outbox for the worker to send.",
            "sync now --client acme --full")
        {
            client, full,
        };
        now.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var id = parse.GetValue(client) ?? All;
            var clients = id == All
                ? [.. services.GetRequiredService<ClientDirectory>().All.Select(c => c.Id).Order(StringComparer.Ordinal)]
                : new[] { services.GetRequiredService<HubQueries>().RequireClient(id).Id };
            var scheduler = services.GetRequiredService<SlaMilestoneScheduler>();
            // Milestones that fall due with the new events are enqueued as the worker would (the outbox key keeps each once).
            await scheduler.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var failed = 0;
                foreach (var clientId in clients)
                {
                    failed += await SyncClientAsync(session, services, clientId, parse.GetValue(full), cancellationToken).ConfigureAwait(false) ? 0 : 1;
                }

                await scheduler.CaughtUp.ConfigureAwait(false);
                await scheduler.IdleAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                return failed == 0 ? CliApp.Ok : session.Fail($"{CliText.Number(failed)} of {CliText.Number(clients.Length)} clients failed to sync (see above).");
            }
            finally
            {
                await scheduler.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }, ct));
        return new Command("sync", "Syncs clients' CRMs on demand.") { now };
    }

    private static async Task<bool> SyncClientAsync(CliSession session, IServiceProvider services, string clientId, bool full, CancellationToken cancellationToken)
    {
        var users = await services.GetRequiredService<UserSyncService>().SyncAsync(clientId, cancellationToken).ConfigureAwait(false);
        var progress = session.ShowsProgress ? new SyncProgressBar(session.Err, clientId) : null;
        var requests = await services.GetRequiredService<RequestSyncService>().SyncAsync(clientId, full, progress, cancellationToken).ConfigureAwait(false);
        progress?.Clear();
        session.Out.WriteLine($"{clientId}: users {Summary(users, changes: false)}; requests {Summary(requests, changes: true)}");
        foreach (var failure in new[] { users, requests }.Where(r => !r.Succeeded))
        {
            session.Err.WriteLine($"error: {clientId}: {failure.Stream} sync failed: {failure.Error}");
        }

        return users.Succeeded && requests.Succeeded;
    }

    private static string Summary(SyncRunResult result, bool changes) => result switch
    {
        { Succeeded: false } => $"FAILED after {CliText.Number(result.Read)} read",
        _ when changes => $"ok ({CliText.Number(result.Read)} read, {CliText.Number(result.Changed)} new or changed)",
        _ => $"ok ({CliText.Number(result.Read)} read)",
    };
}
