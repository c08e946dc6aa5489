using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace CrmSupportHub.Worker.Cli;

/// <summary>
/// The command line of the worker's executable. A first argument that is a word (not an option or a
/// <c>key=value</c> override) names a command, which runs against the configured database and exits
/// with 0 (done), 1 (refused or invalid input) or 2 (invalid configuration); anything else runs the worker.
/// </summary>
internal static class CliApp
{
    public const string ExecutableName = "CrmSupportHub.Worker";
    public const int Ok = 0;
    public const int Refused = 1;
    public const int InvalidConfiguration = 2;

    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    /// <summary>Whether the arguments ask for a command rather than the worker (whose arguments are options like <c>--urls</c>).</summary>
    public static bool IsCommand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return false;
        }

        var first = args[0];
        return HelpFlags.Contains(first, StringComparer.Ordinal) || (!first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal));
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, configure: null, CancellationToken.None);

    /// <param name="configure">Applied to the host builder after the configuration file (tests inject a clock).</param>
    internal static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (commandArgs, overrides) = CliHost.SplitOverrides(args);
        var session = new CliSession(output, error, overrides, configure);
        var parse = Root(session).Parse(commandArgs);
        if (parse.Action is ParseErrorAction)
        {
            if (parse.CommandResult.Command is RootCommand && parse.UnmatchedTokens.Count > 0)
            {
                var names = string.Join(", ", parse.RootCommandResult.Command.Subcommands.Select(c => c.Name));
                await error.WriteLineAsync($"error: '{parse.UnmatchedTokens[0]}' is not a command; use one of {names}.").ConfigureAwait(false);
                return Refused;
            }

            foreach (var problem in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            await error.WriteLineAsync($"Run '{ExecutableName} {CommandPath(parse.CommandResult)}--help' for usage and an example.").ConfigureAwait(false);
            return Refused;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand Root(CliSession session)
    {
        var root = new RootCommand(
            "CrmSupportHub. Without a command (or with only host options: --urls, --demo, --environment, --Section:Key=value) "
            + "it runs the worker; a command works on the configured database, beside a running worker, and exits.")
        {
            StatusCommand.Create(session),
            RequestsCommand.Create(session),
            LogHoursCommand.Create(session),
            CorrectCommand.Create(session),
            ApproveOverageCommand.Create(session),
            ConvertCommand.Create(session),
            StatementCommand.Create(session),
            SyncCommand.Create(session),
            CheckConfigCommand.Create(session),
            KeysCommand.Create(session),
            session.Config,
            session.Environment,
            session.Verbose,
        };
        root.HelpName = ExecutableName;
        ShowExamples(root);
        return root;
    }

    /// <summary>The words naming the command, e.g. <c>sync now </c>; empty for the root.</summary>
    private static string CommandPath(CommandResult result)
    {
        var words = new List<string>();
        for (var current = result; current.Command is not RootCommand; current = (CommandResult)current.Parent!)
        {
            words.Insert(0, current.Command.Name + " ");
        }

        return string.Concat(words);
    }

    /// <summary>Every command's help ends with its example.</summary>
    private static void ShowExamples(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new HelpWithExample(standard);
        }
    }
}
