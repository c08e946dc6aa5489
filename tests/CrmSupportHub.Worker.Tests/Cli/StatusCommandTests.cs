using System.Text.Json;

namespace CrmSupportHub.Worker.Tests.Cli;

[Category("EndToEnd")]
public sealed class StatusCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new CliTestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task Status_Json_CountsOpenAtRiskAndBreachedFromTheStoredClocks()
    {
        await _env.SeedRequestsAsync(10, 50, 120); // reaction target 1 h: normal, past the 80 % warning, breached
        await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "150", "--analyst", "Olena");

        var run = await _env.RunAsync("status", "--json");

        Assert.That(run.ExitCode, Is.Zero, run.Err);
        var acme = JsonDocument.Parse(run.Out).RootElement[0];
        Assert.Multiple(() =>
        {
            Assert.That(acme.GetProperty("id").GetString(), Is.EqualTo("acme"));
            Assert.That(acme.GetProperty("package").GetString(), Is.EqualTo("Start"));
            Assert.That(acme.GetProperty("openRequests").GetInt32(), Is.EqualTo(3));
            Assert.That(acme.GetProperty("atRisk").GetInt32(), Is.EqualTo(1));
            Assert.That(acme.GetProperty("breached").GetInt32(), Is.EqualTo(1));
            Assert.That(acme.GetProperty("worstTimeLeft").GetString(), Is.EqualTo("-01:00:00"));
            Assert.That(acme.GetProperty("hoursUsedMinutes").GetInt32(), Is.EqualTo(150));
            Assert.That(acme.GetProperty("unapprovedOverageMinutes").GetInt32(), Is.EqualTo(30));
            Assert.That(acme.GetProperty("syncHealthy").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Status_Table_OneAlignedLinePerClient()
    {
        await _env.SeedRequestsAsync(10, 50, 120);

        var run = await _env.RunAsync("status");

        var lines = run.Out.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Does.StartWith("CLIENT  PACKAGE  SEATS  OPEN  AT RISK  BREACHED  WORST LEFT"));
            Assert.That(lines[1], Does.StartWith("acme    Start"));
            Assert.That(lines[1], Does.Contain("-1h 00m").And.Contain("ok, 0s ago"));
            Assert.That(lines[1].IndexOf("-1h 00m", StringComparison.Ordinal) + "-1h 00m".Length,
                Is.EqualTo(lines[0].IndexOf("WORST LEFT", StringComparison.Ordinal) + "WORST LEFT".Length), "right-aligned under its header");
        });
    }

    [Test]
    public async Task Status_NeverSynced_SaysSo()
    {
        var run = await _env.RunAsync("status");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.Contain("never synced"));
        });
    }
}
