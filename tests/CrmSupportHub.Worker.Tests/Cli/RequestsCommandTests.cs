using System.Text.Json;

namespace CrmSupportHub.Worker.Tests.Cli;

[Category("EndToEnd")]
public sealed class RequestsCommandTests
{
    private CliTestEnvironment _env = null!;
    private IReadOnlyList<string> _ids = null!;

    [SetUp]
    public async Task SetUp()
    {
        _env = new CliTestEnvironment();
        _ids = await _env.SeedRequestsAsync(10, 50, 120);
    }

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task Requests_Default_SortedByTimeLeftMostUrgentFirst()
    {
        var run = await _env.RunAsync("requests");

        var lines = run.Out.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(lines[0], Does.Match("^CLIENT +REQUEST +REACTION +URGENCY +TIME LEFT +DUE \\(UTC\\) +STAGE +TITLE$"));
            Assert.That(lines.Skip(1).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1]), Is.EqualTo(new[] { _ids[2], _ids[1], _ids[0] }));
            Assert.That(lines[1], Does.Contain("Breached").And.Contain("-1h 00m").And.Contain("2026-03-10 09:00Z"));
            Assert.That(lines[2], Does.Contain("AtRisk").And.Contain("0h 10m"));
        });
    }

    [Test]
    public async Task Requests_BreachedAsJson_OnlyTheBreachedOne()
    {
        var run = await _env.RunAsync("requests", "--breached", "--json");

        var rows = JsonDocument.Parse(run.Out).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(rows.GetArrayLength(), Is.EqualTo(1));
            Assert.That(rows[0].GetProperty("requestId").GetString(), Is.EqualTo(_ids[2]));
            Assert.That(rows[0].GetProperty("urgency").GetString(), Is.EqualTo("Breached"));
        });
    }

    [Test]
    public async Task Requests_AtRiskWithLimit_MostUrgentOnly()
    {
        var run = await _env.RunAsync("requests", "--at-risk", "--limit", "1", "--client", "acme", "--json");

        var rows = JsonDocument.Parse(run.Out).RootElement;
        Assert.That(rows.EnumerateArray().Select(r => r.GetProperty("requestId").GetString()), Is.EqualTo(new[] { _ids[2] }));
    }

    [Test]
    public async Task Requests_StatePaused_NoneListed()
    {
        var run = await _env.RunAsync("requests", "--state", "paused", "--json");

        Assert.That(JsonDocument.Parse(run.Out).RootElement.GetArrayLength(), Is.Zero);
    }

    [TestCase(new[] { "--client", "globex" }, "Unknown client 'globex': it is not configured.")]
    [TestCase(new[] { "--state", "late" }, "--state must be one of running, paused, met, breached, cancelled.")]
    [TestCase(new[] { "--limit", "0" }, "--limit must be a positive whole number.")]
    public async Task Requests_InvalidInput_SaysWhatToFixAndExits1(string[] options, string message)
    {
        var run = await _env.RunAsync(["requests", .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(run.Out, Is.Empty);
        });
    }
}
