namespace CrmSupportHub.Worker.Tests.Cli;

public sealed class CheckConfigCommandTests
{
    [Test]
    public async Task CheckConfig_ValidConfiguration_SaysOkWithTheClientCount()
    {
        using var env = new CliTestEnvironment();

        var run = await env.RunAsync("check-config");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Is.EqualTo($"Configuration OK: 1 client{Environment.NewLine}"));
            Assert.That(File.Exists(env.Database), Is.False, "the database is not touched");
        });
    }

    [Test]
    public async Task CheckConfig_Problems_ListsEachNamingClientAndKeyWithoutSecretsAndExits2()
    {
        using var env = new CliTestEnvironment(new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Calendar:TimeZone"] = "Mars/Olympus_Mons",
            ["CrmSupportHub:Clients:0:Connection:ApiToken"] = null,
            ["CrmSupportHub:Analysts:0:Name"] = "Olena",
            ["CrmSupportHub:Analysts:0:KeyHash"] = "chk_the-raw-secret-key",
        });

        var run = await env.RunAsync("check-config");

        var lines = run.Err.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(lines, Has.Some.Contains("Client 'acme' (CrmSupportHub:Clients:0:Calendar:TimeZone)"));
            Assert.That(lines, Has.Some.Contains("Client 'acme': CrmSupportHub:Clients:0:Connection:ApiToken: is required"));
            Assert.That(lines, Has.Some.Contains("CrmSupportHub:Analysts:0:KeyHash"));
            Assert.That(run.Err, Does.Not.Contain("chk_the-raw-secret-key"));
            Assert.That(run.Out, Is.Empty);
        });
    }

    [Test]
    public async Task CheckConfig_OverrideOnTheCommandLine_FixesTheFile()
    {
        using var env = new CliTestEnvironment(new Dictionary<string, string?> { ["CrmSupportHub:Clients:0:Connection:ApiToken"] = null });

        var run = await env.RunAsync("check-config", $"--CrmSupportHub:Clients:0:Connection:ApiToken={env.Crm.Options.ApiToken}");

        Assert.That(run.ExitCode, Is.Zero, run.Err);
    }

    [Test]
    public async Task Command_InvalidConfiguration_Exits2BeforeTouchingTheDatabase()
    {
        using var env = new CliTestEnvironment(new Dictionary<string, string?> { ["CrmSupportHub:Clients:0:Package"] = "Platinum" });

        var run = await env.RunAsync("log-hours", "--client", "acme", "--minutes", "30", "--analyst", "Olena");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Err, Does.StartWith("The configuration is invalid:").And.Contain("Platinum"));
            Assert.That(File.Exists(env.Database), Is.False);
        });
    }

    [Test]
    public async Task Command_MalformedConfigFile_Exits2NamingIt()
    {
        using var env = new CliTestEnvironment();
        await File.WriteAllTextAsync(env.ConfigPath, "{ \"CrmSupportHub\": ");

        var run = await env.RunAsync("status");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Err, Does.Contain(env.ConfigPath));
        });
    }
}
