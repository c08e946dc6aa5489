using System.Text.Json;

namespace CrmSupportHub.Worker.Tests.Cli;

[Category("EndToEnd")]
public sealed class ConvertCommandTests
{
    private CliTestEnvironment _env = null!;
    private IReadOnlyList<string> _ids = null!;

    [SetUp]
    public async Task SetUp()
    {
        _env = new CliTestEnvironment();
        _ids = await _env.SeedRequestsAsync(50);
    }

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task Convert_KnownRequest_BecomesAMiniProjectAndItsClockIsCancelled()
    {
        var run = await _env.RunAsync("convert", "--client", "acme", "--request", _ids[0], "--estimate-hours", "12", "--by", "Olena");

        var requests = await _env.RunAsync("requests", "--json");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(run.Out, Does.Contain($"Request {_ids[0]} of acme is now a mini-project (estimate 12 h)"));
            Assert.That(_env.Count("mini_projects"), Is.EqualTo(1));
            Assert.That(JsonDocument.Parse(requests.Out).RootElement[0].GetProperty("reaction").GetProperty("state").GetString(), Is.EqualTo("Cancelled"));
        });
    }

    [Test]
    public async Task Convert_Twice_IsRefusedAndKeepsTheFirst()
    {
        await _env.RunAsync("convert", "--client", "acme", "--request", _ids[0], "--estimate-hours", "12", "--by", "Olena");

        var run = await _env.RunAsync("convert", "--client", "acme", "--request", _ids[0], "--estimate-hours", "20", "--by", "Olena");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: "));
            Assert.That(_env.Count("mini_projects"), Is.EqualTo(1));
        });
    }

    [TestCase(new[] { "--client", "acme", "--request", "999", "--estimate-hours", "12", "--by", "Olena" }, "Client 'acme' has no request '999'")]
    [TestCase(new[] { "--client", "globex", "--request", "1", "--estimate-hours", "12", "--by", "Olena" }, "Unknown client 'globex'")]
    [TestCase(new[] { "--client", "acme", "--request", "1", "--estimate-hours", "-3", "--by", "Olena" }, "--estimate-hours must be a positive number of hours")]
    [TestCase(new[] { "--client", "acme", "--request", "1", "--estimate-hours", "12" }, "Option '--by' is required.")]
    public async Task Convert_InvalidInput_SaysWhatToFixExits1AndStoresNothing(string[] options, string message)
    {
        var run = await _env.RunAsync(["convert", .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(_env.Count("mini_projects"), Is.Zero);
        });
    }
}
