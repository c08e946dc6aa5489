using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CrmSupportHub.Worker.Cli;

/// <summary>The standard help, followed by the command's example when it has one.</summary>
internal sealed class HelpWithExample(HelpAction standard) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var code = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is CliCommand { Example: var example })
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Example:");
            output.WriteLine($"  {CliApp.ExecutableName} {example}");
            output.WriteLine();
        }

        return code;
    }
}
