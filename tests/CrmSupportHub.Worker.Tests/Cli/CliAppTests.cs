using CrmSupportHub.Worker.Cli;

namespace CrmSupportHub.Worker.Tests.Cli;

public sealed class CliAppTests
{
    private static readonly string[][] CommandsWithHelp =
    [
        ["status"], ["requests"], ["log-hours"], ["correct"], ["approve-overage"], ["convert"], ["statement"],
        ["sync", "now"], ["check-config"], ["keys", "new"],
    ];

    [TestCase]
    [TestCase("--urls", "http://localhost:5080")]
    [TestCase("--demo")]
    [TestCase("--environment", "Development")]
    [TestCase("--CrmSupportHub:Polling:Enabled=false")]
    [TestCase("CrmSupportHub:Polling:Enabled=false")]
    public void IsCommand_NoArgumentsOrHostArguments_RunsTheWorker(params string[] args) =>
        Assert.That(CliApp.IsCommand(args), Is.False);

    [TestCase("status")]
    [TestCase("sync", "now")]
    [TestCase("stauts")]
    [TestCase("--help")]
    [TestCase("-h")]
    public void IsCommand_CommandWordOrHelp_RunsTheCommandLine(params string[] args) =>
        Assert.That(CliApp.IsCommand(args), Is.True);

    [TestCaseSource(nameof(CommandsWithHelp))]
    public async Task Help_EachCommand_ShowsUsageAndAnExample(string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApp.RunAsync([.. command, "--help"], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.ToString(), Does.Contain("Usage:").And.Contain($"Example:{Environment.NewLine}  CrmSupportHub.Worker {string.Join(' ', command)}"));
            Assert.That(error.ToString(), Is.Empty);
        });
    }

    [Test]
    public async Task Help_Root_ListsEveryCommand()
    {
        using var output = new StringWriter();

        var exitCode = await CliApp.RunAsync(["--help"], output, TextWriter.Null);

        Assert.That(exitCode, Is.Zero);
        foreach (var command in CommandsWithHelp)
        {
            Assert.That(output.ToString(), Does.Contain($"  {command[0]} "));
        }
    }

    [Test]
    public async Task RunAsync_UnknownCommand_SaysWhichCommandsExistAndExits1()
    {
        using var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(["stauts"], TextWriter.Null, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error.ToString(), Does.StartWith("error: 'stauts' is not a command; use one of status, requests,"));
        });
    }

    [Test]
    public async Task RunAsync_MissingOption_NamesItAndPointsToHelp()
    {
        using var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(["log-hours", "--client", "acme", "--minutes", "30"], TextWriter.Null, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error.ToString(), Does.Contain("error: Option '--analyst' is required."));
            Assert.That(error.ToString(), Does.Contain("Run 'CrmSupportHub.Worker log-hours --help' for usage and an example."));
        });
    }

    [Test]
    public async Task RunAsync_ConfigFileMissing_NamesTheFile()
    {
        using var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(["status", "--config", "/no/such/appsettings.json"], TextWriter.Null, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error.ToString(), Does.Contain("/no/such/appsettings.json"));
        });
    }

    [Test]
    public async Task RunAsync_EnvironmentOption_SetsTheHostEnvironment()
    {
        using var env = new CliTestEnvironment();
        string? environment = null;

        var exitCode = await CliApp.RunAsync(
            ["check-config", "--config", env.ConfigPath, "--environment", "Development"], TextWriter.Null, TextWriter.Null,
            b => environment = b.Environment.EnvironmentName, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(environment, Is.EqualTo("Development"));
        });
    }

    [Test]
    public void SplitOverrides_ColonKeyWithValue_GoesToTheHost()
    {
        var (command, overrides) = CliHost.SplitOverrides(
            ["status", "--CrmSupportHub:Database:ConnectionString=Data Source=x.db", "--client=acme", "--json"]);

        Assert.Multiple(() =>
        {
            Assert.That(command, Is.EqualTo(new[] { "status", "--client=acme", "--json" }));
            Assert.That(overrides, Is.EqualTo(new[] { "--CrmSupportHub:Database:ConnectionString=Data Source=x.db" }));
        });
    }
}
