using System.CommandLine;
using System.Globalization;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>correct</c>: corrects a work entry with a new one (the ledger is append-only).</summary>
internal static class CorrectCommand
{
    public static Command Create(CliSession session)
    {
        var client = CliOptions.Client();
        var entry = new Option<long>("--entry")
        {
            Description = "The id of the entry to correct (as printed by log-hours).",
            HelpName = "id",
            Required = true,
            CustomParser = r => CliOptions.Parse<long>(
                r,
                t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null,
                "--entry must be an entry id, a positive whole number."),
        };
        var minutes = CliOptions.Minutes("Minutes to add (positive) or take back (negative).", allowNegative: true);
        var analyst = CliOptions.Text("--analyst", "Who makes the correction.", "name");
        var note = new Option<string?>("--note") { Description = "Why.", HelpName = "text" };
        var command = new CliCommand(
            "correct",
            "Corrects a work entry by recording a new one: negative minutes take work back (never more than the "
            + "entry has left), positive minutes add. A correction of a closed month's entry counts in the current month.",
            "correct --client acme --entry 42 --minutes -30 --analyst \"Olena K\" --note \"Logged twice\"")
        {
            client, entry, minutes, analyst, note,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var profile = services.GetRequiredService<HubQueries>().RequireClient(parse.GetRequiredValue(client));
            var draft = new WorkCorrectionDraft(
                profile.Id, parse.GetValue(entry), parse.GetValue(minutes), parse.GetRequiredValue(analyst), parse.GetValue(note));
            var recorded = await services.GetRequiredService<WorkService>().CorrectAsync(draft, cancellationToken).ConfigureAwait(false);
            session.Out.WriteLine(
                $"Recorded correction #{CliText.Number(recorded.Entry.Id)} of entry #{CliText.Number(draft.Corrects)}: {CliText.Hours(recorded.Entry.Minutes)} h.");
            await LedgerReport.WriteAsync(session, services, recorded, cancellationToken).ConfigureAwait(false);
            return CliApp.Ok;
        }, ct));
        return command;
    }
}
