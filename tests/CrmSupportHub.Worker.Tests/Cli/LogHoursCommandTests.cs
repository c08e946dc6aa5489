namespace CrmSupportHub.Worker.Tests.Cli;

public sealed class LogHoursCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new CliTestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task LogHours_WithinTheBucket_PrintsEntryAndHoursLeftDatedTodayInTheClientsZone()
    {
        var run = await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "90", "--analyst", "Olena", "--note", "Webhook fix");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.Contain("Logged entry #1: 1:30 h of support for acme on 2026-03-10."));
            Assert.That(run.Out, Does.Contain("acme 2026-03: 0:30 h left of 2:00 h."));
            Assert.That(run.Out, Does.Not.Contain("ALERT"));
            Assert.That(_env.Count("work_entries"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task LogHours_BeyondTheBucket_PrintsTheUnapprovedOverageAlert()
    {
        await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "100", "--analyst", "Olena");

        var run = await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "50", "--analyst", "Olena", "--date", "2026-03-09");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.Contain("Logged entry #2: 0:50 h of support for acme on 2026-03-09."));
            Assert.That(run.Out, Does.Contain("ALERT unapproved overage: Client 'acme' 2026-03: entry #2 added 0:30 h of unapproved overage"));
        });
    }

    [Test]
    public async Task LogHours_NotCoveredKind_IsRecordedWithItsKind()
    {
        var run = await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "30", "--analyst", "Olena", "--kind", "not-covered");

        Assert.That(run.Out, Does.Contain("0:30 h of not-covered for acme"));
    }

    [TestCase(new[] { "--client", "globex", "--minutes", "30", "--analyst", "Olena" }, "Unknown client 'globex': it is not configured.")]
    [TestCase(new[] { "--client", "acme", "--minutes", "0", "--analyst", "Olena" }, "--minutes must be a positive whole number of minutes")]
    [TestCase(new[] { "--client", "acme", "--minutes", "-30", "--analyst", "Olena" }, "--minutes must be a positive whole number of minutes")]
    [TestCase(new[] { "--client", "acme", "--minutes", "1h", "--analyst", "Olena" }, "Got '1h'.")]
    [TestCase(new[] { "--client", "acme", "--minutes", "30", "--analyst", "Olena", "--date", "10.03.2026" }, "--date must be a date written yyyy-MM-dd")]
    [TestCase(new[] { "--client", "acme", "--minutes", "30", "--analyst", "Olena", "--date", "2026-03-11" }, "2026-03-11 is in the future")]
    [TestCase(new[] { "--client", "acme", "--minutes", "30", "--analyst", "Olena", "--date", "2025-12-31" }, "before client 'acme' has a contract")]
    [TestCase(new[] { "--client", "acme", "--minutes", "30", "--analyst", "Olena", "--kind", "consulting" }, "--kind must be support, session, mini-project or not-covered")]
    [TestCase(new[] { "--client", "acme", "--minutes", "30" }, "Option '--analyst' is required.")]
    [TestCase(new[] { "--client", "acme", "--minutes", "30", "--analyst", " " }, "--analyst must not be blank.")]
    public async Task LogHours_InvalidInput_SaysWhatToFixExits1AndStoresNothing(string[] options, string message)
    {
        var run = await _env.RunAsync(["log-hours", .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(run.Out, Is.Empty);
            Assert.That(_env.Count("work_entries"), Is.Zero);
        });
    }
}
