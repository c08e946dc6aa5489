namespace CrmSupportHub.Worker.Tests.Cli;

public sealed class StatementCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _env = new CliTestEnvironment();
        var logged = await _env.RunAsync("log-hours", "--client", "acme", "--minutes", "45", "--analyst", "Olena", "--date", "2026-02-20");
        Assert.That(logged.ExitCode, Is.Zero, logged.Err);
    }

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task Statement_Markdown_GoesToStdout()
    {
        var run = await _env.RunAsync("statement", "--client", "acme", "--month", "2026-02");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.StartWith("#").And.Contain("2026-02").And.Contain("0:45"));
        });
    }

    [Test]
    public async Task Statement_CsvToFile_WritesTheFileAndSaysWhere()
    {
        var file = _env.PathOf("acme-2026-02.csv");

        var run = await _env.RunAsync("statement", "--client", "acme", "--month", "2026-02", "--format", "csv", "--output", file);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Is.EqualTo($"Statement of acme for 2026-02 written to {file}.{Environment.NewLine}"));
            Assert.That(File.ReadAllText(file), Does.StartWith("section,item,reference,minutes,hours,value\n").And.Contain("statement,month,,,,2026-02"));
        });
    }

    [Test]
    public async Task Statement_Json_IsTheStatementAsJson()
    {
        var run = await _env.RunAsync("statement", "--client", "acme", "--month", "2026-02", "--format", "json");

        Assert.That(() => System.Text.Json.JsonDocument.Parse(run.Out), Throws.Nothing);
    }

    [TestCase(new[] { "--client", "acme", "--month", "2026-02", "--format", "pdf" }, "--format must be md, csv or json. Got 'pdf'.")]
    [TestCase(new[] { "--client", "acme", "--month", "February" }, "--month must be a month written yyyy-MM, e.g. 2026-03. Got 'February'.")]
    [TestCase(new[] { "--client", "globex", "--month", "2026-02" }, "Unknown client 'globex'")]
    [TestCase(new[] { "--month", "2026-02" }, "Option '--client' is required.")]
    public async Task Statement_InvalidInput_SaysWhatToFixExits1AndWritesNoFile(string[] options, string message)
    {
        var file = _env.PathOf("statement.out");

        var run = await _env.RunAsync(["statement", .. options, "--output", file]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(File.Exists(file), Is.False);
        });
    }
}
