using System.CommandLine;

namespace CrmSupportHub.Worker.Cli;

/// <summary>A command whose help ends with an example (lists of commands show only the description).</summary>
internal sealed class CliCommand(string name, string description, string example) : Command(name, description)
{
    /// <summary>A complete command line, without the executable's name.</summary>
    public string Example { get; } = example;
}
