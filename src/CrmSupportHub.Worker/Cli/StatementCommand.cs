using System.CommandLine;
using System.Text;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>statement</c>: a client's monthly statement as Markdown, CSV or JSON.</summary>
internal static class StatementCommand
{
    public static Command Create(CliSession session)
    {
        var client = CliOptions.Client();
        var month = CliOptions.Month("The statement's month.");
        var format = new Option<StatementFormat>("--format")
        {
            Description = "md (default), csv or json.",
            HelpName = "md|csv|json",
            DefaultValueFactory = _ => StatementFormat.Markdown,
            CustomParser = r => CliOptions.Parse<StatementFormat>(r, ParseFormat, "--format must be md, csv or json."),
        };
        var output = new Option<FileInfo>("--output")
        {
            Description = "Write the statement to this file instead of stdout.",
            HelpName = "file",
        }.AcceptLegalFilePathsOnly();
        var command = new CliCommand(
            "statement",
            "Renders a client's monthly statement: hours, overage and approvals, mini-projects, sessions, SLA "
            + "compliance and seats.",
            "statement --client acme --month 2026-02 --format csv --output acme-2026-02.csv")
        {
            client, month, format, output,
        };
        command.SetAction((parse, ct) => session.RunAsync(parse, async (services, cancellationToken) =>
        {
            var id = parse.GetRequiredValue(client);
            var text = await services.GetRequiredService<StatementService>()
                .RenderAsync(id, parse.GetValue(month), parse.GetValue(format), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    await File.WriteAllTextAsync(file.FullName, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return session.Fail($"Could not write {file.FullName}: {ex.Message}");
                }

                session.Out.WriteLine($"Statement of {id} for {parse.GetValue(month)} written to {file.FullName}.");
            }
            else
            {
                session.Out.Write(text);
            }

            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static StatementFormat? ParseFormat(string text)
    {
        try
        {
            return StatementFormats.Parse(text);
        }
        catch (HubOperationException)
        {
            return null;
        }
    }
}
