using System.CommandLine;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>convert</c>: turns a support request into a mini-project with its own estimate.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliSession session)
    {
        var client = CliOptions.Client();
        var request = CliOptions.Text("--request", "The CRM request to convert.", "id");
        var estimate = CliOptions.Hours("--estimate-hours", "The mini-project's estimate in hours, e.g. 12.");
        var by = CliOptions.Text("--by", "Who agreed the conversion.", "name");
        var command = new CliCommand(
            "convert",
            "Converts a request into a mini-project: its SLA clocks stop and work on it counts against the estimate, "
            + "not the monthly bucket.",
            "convert --client acme --request 1042 --estimate-hours 12 --by \"Olena K\"")
        {
            client, request, estimate, by,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var actions = services.GetRequiredService<RequestActions>();
            var project = await actions.ConvertToMiniProjectAsync(
                parse.GetRequiredValue(client), parse.GetRequiredValue(request), parse.GetValue(estimate), parse.GetRequiredValue(by), cancellationToken)
                .ConfigureAwait(false);
            session.Out.WriteLine(
                $"Request {project.RequestId} of {project.ClientId} is now a mini-project (estimate {CliText.Hours(project.EstimateHours)} h); its SLA clocks stopped.");
            return CliApp.Ok;
        }, ct));
        return command;
    }
}
