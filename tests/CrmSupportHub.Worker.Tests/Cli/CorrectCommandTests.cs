namespace CrmSupportHub.Worker.Tests.Cli;

public sealed class CorrectCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _env = new CliTestEnvironment();
        var logged = await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "60", "--analyst", "Olena");
        Assert.That(logged.ExitCode, Is.Zero, logged.Err);
    }

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task Correct_NegativeMinutes_TakesWorkBackAndPrintsHoursLeft()
    {
        var run = await _env.RunAsync("correct", "--client", "acme", "--entry", "1", "--minutes", "-20", "--analyst", "Olena", "--note", "Logged too much");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.Contain("Recorded correction #2 of entry #1: -0:20 h."));
            Assert.That(run.Out, Does.Contain("acme 2026-03: 1:20 h left of 2:00 h."));
            Assert.That(_env.Count("work_entries"), Is.EqualTo(2));
        });
    }

    [TestCase(new[] { "--client", "acme", "--entry", "7", "--minutes", "-20", "--analyst", "Olena" }, "Client 'acme' has no work entry #7.")]
    [TestCase(new[] { "--client", "acme", "--entry", "1", "--minutes", "-61", "--analyst", "Olena" }, "Entry #1 has 60 minutes left; a correction cannot reverse 61.")]
    [TestCase(new[] { "--client", "acme", "--entry", "1", "--minutes", "0", "--analyst", "Olena" }, "--minutes must be a whole number of minutes other than 0")]
    [TestCase(new[] { "--client", "acme", "--entry", "first", "--minutes", "-5", "--analyst", "Olena" }, "--entry must be an entry id")]
    [TestCase(new[] { "--client", "globex", "--entry", "1", "--minutes", "-5", "--analyst", "Olena" }, "Unknown client 'globex'")]
    [TestCase(new[] { "--client", "acme", "--minutes", "-5", "--analyst", "Olena" }, "Option '--entry' is required.")]
    public async Task Correct_InvalidInput_SaysWhatToFixExits1AndStoresNothing(string[] options, string message)
    {
        var run = await _env.RunAsync(["correct", .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(_env.Count("work_entries"), Is.EqualTo(1));
        });
    }
}
