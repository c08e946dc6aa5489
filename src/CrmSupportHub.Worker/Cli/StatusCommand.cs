using System.CommandLine;
using System.Text.Json;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>status</c>: one line per client with seats, requests and their SLA, hours this month and sync health.</summary>
internal static class StatusCommand
{
    public static Command Create(CliSession session)
    {
        var json = CliOptions.Json("the clients");
        var command = new CliCommand(
            "status",
            "One line per client: package, seats against the limit, open requests, at risk, breached, the worst "
            + "business time left, hours used and left this month, unapproved overage and sync health.",
            "status")
        {
            json,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var clients = services.GetRequiredService<ClientDirectory>().All;
            await BoardLoader.LoadAsync(services, clients, cancellationToken).ConfigureAwait(false);
            var overview = await services.GetRequiredService<HubQueries>().OverviewAsync(clients, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                session.Out.WriteLine(JsonSerializer.Serialize(overview, CliText.Json));
            }
            else
            {
                Table(overview).WriteTo(session.Out);
            }

            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static TextTable Table(IReadOnlyList<ClientOverview> overview)
    {
        var table = new TextTable(
            "CLIENT", "PACKAGE", "SEATS", "OPEN", "AT RISK", "BREACHED", "WORST LEFT", "USED", "LEFT", "UNAPPROVED", "SYNC")
            .AlignRight(2, 3, 4, 5, 6, 7, 8, 9);
        foreach (var client in overview)
        {
            table.Add(
                client.Id,
                client.Package.ToString(),
                $"{(client.Seats is { } seats ? CliText.Number(seats.ActiveUsers) : "?")}/{(client.SeatLimit is { } limit ? CliText.Number(limit) : "-")}",
                CliText.Number(client.OpenRequests),
                CliText.Number(client.AtRisk),
                CliText.Number(client.Breached),
                CliText.TimeLeft(client.WorstTimeLeft),
                CliText.Hours(client.HoursUsedMinutes),
                CliText.Hours(client.HoursLeftMinutes),
                CliText.Hours(client.UnapprovedOverageMinutes),
                Sync(client.Sync));
        }

        return table;
    }

    private static string Sync(IReadOnlyList<SyncHealthView> streams)
    {
        if (streams.Count == 0)
        {
            return "never synced";
        }

        var failing = streams.Where(s => !s.Healthy).ToList();
        var lag = streams.Max(s => s.Lag);
        return failing.Count == 0
            ? lag is { } age ? $"ok, {CliText.Age(age)} ago" : "ok"
            : string.Join("; ", failing.Select(s => $"{s.Stream} failing x{CliText.Number(s.ConsecutiveFailures)}: {s.LastError}"));
    }
}
