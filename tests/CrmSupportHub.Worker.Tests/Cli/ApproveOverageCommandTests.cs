namespace CrmSupportHub.Worker.Tests.Cli;

public sealed class ApproveOverageCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new CliTestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task ApproveOverage_BeforeTheWork_CoversItSoNoAlertIsRaised()
    {
        var approved = await _env.RunAsync(
            "approve-overage", "--client", "acme", "--month", "2026-03", "--hours", "1.5", "--by", "J. Smith", "--reference", "PO-118",
            "--approved-at", "2026-03-09T10:00+02:00");

        var logged = await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "150", "--analyst", "Olena");

        Assert.Multiple(() =>
        {
            Assert.That(approved.ExitCode, Is.Zero, approved.Err);
            Assert.That(approved.Out, Does.Contain("Recorded approval #1: 1.5 h of overage for acme 2026-03, approved by J. Smith at 2026-03-09 08:00Z (PO-118)."));
            Assert.That(logged.Out, Does.Not.Contain("ALERT"));
            Assert.That(_env.Count("overage_approvals"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ApproveOverage_CoversLoggedHours_SaysSo()
    {
        var run = await _env.RunAsync(
            "approve-overage", "--client", "acme", "--month", "2026-03", "--hours", "2", "--by", "J. Smith", "--reference", "mail", "--covers-logged-hours");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.Contain("approved by J. Smith at 2026-03-10 10:00Z (mail), covering hours already logged."));
        });
    }

    [TestCase(new[] { "--client", "acme", "--month", "2026-3", "--hours", "2", "--by", "J", "--reference", "r" }, "--month must be a month written yyyy-MM")]
    [TestCase(new[] { "--client", "acme", "--month", "2026-03", "--hours", "0", "--by", "J", "--reference", "r" }, "--hours must be a positive number of hours")]
    [TestCase(new[] { "--client", "acme", "--month", "2026-03", "--hours", "two", "--by", "J", "--reference", "r" }, "--hours must be a positive number of hours")]
    [TestCase(new[] { "--client", "acme", "--month", "2026-03", "--hours", "2", "--by", "J" }, "Option '--reference' is required.")]
    [TestCase(new[] { "--client", "acme", "--month", "2026-03", "--hours", "2", "--by", "J", "--reference", "r", "--approved-at", "yesterday" }, "--approved-at must be a date and time")]
    [TestCase(new[] { "--client", "globex", "--month", "2026-03", "--hours", "2", "--by", "J", "--reference", "r" }, "Unknown client 'globex'")]
    public async Task ApproveOverage_InvalidInput_SaysWhatToFixExits1AndStoresNothing(string[] options, string message)
    {
        var run = await _env.RunAsync(["approve-overage", .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(_env.Count("overage_approvals"), Is.Zero);
        });
    }
}
