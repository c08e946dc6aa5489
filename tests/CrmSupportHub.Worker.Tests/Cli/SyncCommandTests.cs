using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Worker.Tests.Cli;

[Category("EndToEnd")]
public sealed class SyncCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new CliTestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task SyncNow_AllClients_StoresUsersAndRequestsAndPrintsASummaryLine()
    {
        _env.Crm.SeedUsers(3);
        _env.Crm.SeedRequests(4, CliTestEnvironment.Now.AddMinutes(-5));

        var run = await _env.RunAsync("sync", "now");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Is.EqualTo($"acme: users ok (4 read); requests ok (4 read, 4 new or changed){Environment.NewLine}"));
            Assert.That(_env.Count("requests"), Is.EqualTo(4));
            Assert.That(_env.Count("crm_users"), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task SyncNow_AgainWithoutChanges_ChangesNothing()
    {
        _env.Crm.SeedRequests(2, CliTestEnvironment.Now.AddMinutes(-5));
        await _env.RunAsync("sync", "now", "--client", "acme");

        var again = await _env.RunAsync("sync", "now", "--client", "acme");
        var full = await _env.RunAsync("sync", "now", "--client", "acme", "--full");

        Assert.Multiple(() =>
        {
            Assert.That(again.Out, Does.Contain("read, 0 new or changed)"));
            Assert.That(full.Out, Does.Contain("requests ok (2 read, 0 new or changed)"));
        });
    }

    [Test]
    public async Task SyncNow_BreachedRequest_EnqueuesItsMilestonesOnceForTheWorkerToSend()
    {
        _env.Crm.CreateDeal("Overdue", CliTestEnvironment.Now.AddHours(-2));

        await _env.RunAsync("sync", "now");
        var afterFirst = _env.Count("sla_outbox");
        await _env.RunAsync("sync", "now", "--full");

        Assert.Multiple(() =>
        {
            Assert.That(afterFirst, Is.GreaterThan(0));
            Assert.That(_env.Count("sla_outbox"), Is.EqualTo(afterFirst));
        });
    }

    [Test]
    public async Task SyncNow_CrmRefusesCredentials_NamesTheErrorAndExits1()
    {
        _env.Crm.InjectFault(SandboxFault.Unauthorized, times: 10);

        var run = await _env.RunAsync("sync", "now");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain("acme: users FAILED"));
            Assert.That(run.Err, Does.Contain("error: acme: users sync failed: "));
            Assert.That(run.Err, Does.Contain("error: 1 of 1 clients failed to sync"));
        });
    }

    [Test]
    public async Task SyncNow_UnknownClient_Exits1AndCallsNoCrm()
    {
        var run = await _env.RunAsync("sync", "now", "--client", "globex");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Is.EqualTo($"error: Unknown client 'globex': it is not configured.{Environment.NewLine}"));
            Assert.That(_env.Crm.CallCount, Is.Zero);
        });
    }

    [Test]
    public async Task SyncNow_UnknownOption_PointsToTheSubcommandsHelp()
    {
        var run = await _env.RunAsync("sync", "now", "--everything");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.Contain("'--everything'").And.Contain("Run 'CrmSupportHub.Worker sync now --help' for usage and an example."));
            Assert.That(_env.Crm.CallCount, Is.Zero);
        });
    }

    [Test]
    public void ProgressBar_Report_RedrawsOneLineWithTheCount()
    {
        using var terminal = new StringWriter();
        var bar = new Worker.Cli.SyncProgressBar(terminal, "acme");

        bar.Report(100);
        bar.Report(250);
        bar.Clear();

        Assert.That(terminal.ToString(), Is.EqualTo(
            "\racme  [=                   ]  100 requests read"
            + "\racme  [ =                  ]  250 requests read"
            + "\r\u001b[2K"));
    }
}
