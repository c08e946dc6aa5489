using System.CommandLine;
using System.Text.Json;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>requests</c>: requests by business time left, most urgent first.</summary>
internal static class RequestsCommand
{
    public static Command Create(CliSession session)
    {
        var clients = new Option<string[]>("--client")
        {
            Description = "Only this client (repeat for several); default: every client.",
            HelpName = "id",
        };
        var atRisk = new Option<bool>("--at-risk") { Description = "Only requests past a warning threshold or breached." };
        var breached = new Option<bool>("--breached") { Description = "Only breached requests." };
        var state = new Option<SlaClockState?>("--state")
        {
            Description = "Only requests whose reaction clock is running, paused, met, breached or cancelled.",
            HelpName = "state",
            CustomParser = r => CliOptions.Parse<SlaClockState>(
                r,
                t => Enum.TryParse<SlaClockState>(t, ignoreCase: true, out var s) && !int.TryParse(t, out _) ? s : null,
                "--state must be one of running, paused, met, breached, cancelled."),
        };
        var limit = new Option<int>("--limit")
        {
            Description = "At most this many requests.",
            HelpName = "n",
            DefaultValueFactory = _ => 50,
            CustomParser = r => CliOptions.Parse<int>(
                r, t => int.TryParse(t, out var n) && n > 0 ? n : null, "--limit must be a positive whole number."),
        };
        var json = CliOptions.Json("the requests");
        var command = new CliCommand(
            "requests",
            "Requests sorted by the business time left on their SLA clocks, most urgent first.",
            "requests --client acme --at-risk --limit 20")
        {
            clients, atRisk, breached, state, limit, json,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var queries = services.GetRequiredService<HubQueries>();
            var ids = parse.GetValue(clients) ?? [];
            var visible = ids.Length == 0
                ? services.GetRequiredService<ClientDirectory>().All
                : [.. ids.Distinct(StringComparer.Ordinal).Select(queries.RequireClient)];
            await BoardLoader.LoadAsync(services, visible, cancellationToken).ConfigureAwait(false);
            var filter = new RequestFilter(
                State: parse.GetValue(state), AtRisk: parse.GetValue(atRisk), Breached: parse.GetValue(breached), Limit: parse.GetValue(limit));
            var rows = await queries.RequestsAsync(visible, filter, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                session.Out.WriteLine(JsonSerializer.Serialize(rows, CliText.Json));
            }
            else
            {
                Table(rows).WriteTo(session.Out);
            }

            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static TextTable Table(IReadOnlyList<RequestRow> rows)
    {
        var table = new TextTable("CLIENT", "REQUEST", "REACTION", "URGENCY", "TIME LEFT", "DUE (UTC)", "STAGE", "TITLE").AlignRight(4);
        foreach (var row in rows)
        {
            var open = new[] { row.Reaction, row.Resolution }.Where(c => c is { IsOpen: true }).MinBy(c => c!.TimeLeft);
            table.Add(
                row.ClientId,
                row.RequestId,
                row.Reaction?.State.ToString() ?? "-",
                row.Urgency.ToString(),
                CliText.TimeLeft(row.TimeLeft),
                CliText.Instant(open?.DueAt),
                row.Stage.ToString(),
                CliText.Shorten(row.Title, 48));
        }

        return table;
    }
}
