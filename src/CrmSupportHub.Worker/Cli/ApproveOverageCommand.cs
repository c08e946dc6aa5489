using System.CommandLine;
using System.Globalization;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>approve-overage</c>: records a client's consent to burn hours beyond the month's bucket.</summary>
internal static class ApproveOverageCommand
{
    public static Command Create(CliSession session)
    {
        var client = CliOptions.Client();
        var month = CliOptions.Month("The month the approval is for.");
        var hours = CliOptions.Hours("--hours", "Hours approved beyond the month's available hours, e.g. 5 or 2.5.");
        var by = CliOptions.Text("--by", "Who approved it on the client's side.", "name");
        var reference = CliOptions.Text("--reference", "Where the consent is written down (ticket, e-mail, order number).", "text");
        var approvedAt = new Option<DateTimeOffset?>("--approved-at")
        {
            Description = "When the client approved, ISO 8601 with offset (default: now); overage logged before it stays unapproved.",
            HelpName = "yyyy-MM-ddTHH:mm+hh:mm",
            CustomParser = r => CliOptions.Parse<DateTimeOffset>(
                r,
                t => DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
                "--approved-at must be a date and time, e.g. 2026-03-02T10:00+02:00."),
        };
        var coversLogged = new Option<bool>("--covers-logged-hours")
        {
            Description = "The approver also accepted the overage already logged as unapproved (shown as approved retroactively).",
        };
        var command = new CliCommand(
            "approve-overage",
            "Records the client's approval of overage hours for a month.",
            "approve-overage --client acme --month 2026-03 --hours 5 --by \"J. Smith (Acme)\" --reference \"ACME-PO-118\"")
        {
            client, month, hours, by, reference, approvedAt, coversLogged,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var profile = services.GetRequiredService<HubQueries>().RequireClient(parse.GetRequiredValue(client));
            var at = parse.GetValue(approvedAt) ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
            var draft = new OverageApprovalDraft(
                profile.Id, parse.GetValue(month), parse.GetValue(hours), parse.GetRequiredValue(by), at,
                parse.GetRequiredValue(reference), parse.GetValue(coversLogged));
            var approval = await services.GetRequiredService<WorkService>().ApproveOverageAsync(draft, cancellationToken).ConfigureAwait(false);
            session.Out.WriteLine(
                $"Recorded approval #{CliText.Number(approval.Id)}: {CliText.Hours(approval.Hours)} h of overage for {approval.ClientId} {approval.Month}, "
                + $"approved by {approval.ApprovedBy} at {CliText.Instant(approval.ApprovedAt)} ({approval.Reference})"
                + (approval.CoversLoggedHours ? ", covering hours already logged." : "."));
            return CliApp.Ok;
        }, ct));
        return command;
    }
}
