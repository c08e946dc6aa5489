using System.CommandLine;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>log-hours</c>: records an analyst's work for a client in the hours ledger.</summary>
internal static class LogHoursCommand
{
    public static Command Create(CliSession session)
    {
        var client = CliOptions.Client();
        var minutes = CliOptions.Minutes("Minutes worked (a positive whole number).", allowNegative: false);
        var date = CliOptions.Date("The day the work was done (default: today in the client's time zone).");
        var analyst = CliOptions.Text("--analyst", "Who did the work.", "name");
        var request = new Option<string?>("--request") { Description = "The CRM request the work was for.", HelpName = "id" };
        var kind = new Option<WorkKind>("--kind")
        {
            Description = "support (default, burns the bucket), session, mini-project or not-covered.",
            HelpName = "kind",
            DefaultValueFactory = _ => WorkKind.Support,
            CustomParser = r => CliOptions.Parse<WorkKind>(r, WorkKinds.Parse, "--kind must be support, session, mini-project or not-covered."),
        };
        var note = new Option<string?>("--note") { Description = "What was done.", HelpName = "text" };
        var command = new CliCommand(
            "log-hours",
            "Logs work in the client's hours ledger; prints the entry id, the hours left in the month it counts in "
            + "and an alert when it goes beyond the overage approved in advance.",
            "log-hours --client acme --minutes 90 --analyst \"Olena K\" --request 1042 --note \"Fixed the webhook\"")
        {
            client, minutes, date, analyst, request, kind, note,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var profile = services.GetRequiredService<HubQueries>().RequireClient(parse.GetRequiredValue(client));
            var day = parse.GetValue(date) ?? profile.LocalDate(services.GetRequiredService<TimeProvider>().GetUtcNow());
            var draft = new WorkEntryDraft(
                profile.Id, parse.GetValue(request), parse.GetRequiredValue(analyst), day, parse.GetValue(minutes), parse.GetValue(kind), parse.GetValue(note));
            var recorded = await services.GetRequiredService<WorkService>().LogAsync(draft, cancellationToken).ConfigureAwait(false);
            var entry = recorded.Entry;
            session.Out.WriteLine(
                $"Logged entry #{CliText.Number(entry.Id)}: {CliText.Hours(entry.Minutes)} h of {WorkKinds.Name(entry.Kind)} for {entry.ClientId} on {CliText.Date(entry.Date)}"
                + (entry.IsAdjustment ? $" (its month is closed: counts in {entry.Month})." : "."));
            await LedgerReport.WriteAsync(session, services, recorded, cancellationToken).ConfigureAwait(false);
            return CliApp.Ok;
        }, ct));
        return command;
    }
}
