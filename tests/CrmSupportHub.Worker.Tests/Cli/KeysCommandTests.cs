using System.Text.RegularExpressions;
using CrmSupportHub.Worker.Security;

namespace CrmSupportHub.Worker.Tests.Cli;

public sealed partial class KeysCommandTests
{
    private CliTestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new CliTestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task KeysNew_PrintsTheKeyOnceAndItsHashForTheConfiguration()
    {
        var run = await _env.RunAsync("keys", "new", "--name", "Olena K", "--role", "admin", "--client", "acme");

        var key = KeyPattern().Matches(run.Out).Select(m => m.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Err);
            Assert.That(key, Has.Count.EqualTo(1), "the key appears once");
            Assert.That(run.Out, Does.Contain($"\"KeyHash\": \"{ApiKeys.Hash(key[0])}\""));
            Assert.That(run.Out, Does.Contain("\"Role\": \"Admin\""));
            Assert.That(run.Out, Does.Contain("set \"CrmSupportHub:Analysts:0:Clients:0\" \"acme\""));
            Assert.That(File.Exists(_env.Database), Is.False);
        });
    }

    [Test]
    public async Task KeysNew_SnippetPastedIntoTheConfiguration_PassesCheckConfig()
    {
        var run = await _env.RunAsync("keys", "new", "--name", "Olena K", "--client", "acme");
        foreach (Match set in UserSecretsPattern().Matches(run.Out))
        {
            _env.Settings[set.Groups["key"].Value] = set.Groups["value"].Value;
        }

        _env.WriteConfig();

        var check = await _env.RunAsync("check-config");
        Assert.Multiple(() =>
        {
            Assert.That(_env.Settings, Contains.Key("CrmSupportHub:Analysts:0:KeyHash"));
            Assert.That(check.ExitCode, Is.Zero, check.Err);
        });
    }

    [TestCase(new[] { "--name", "Olena", "--role", "owner" }, "--role must be analyst or admin.")]
    [TestCase(new[] { "--name", "Olena", "--client", "globex" }, "Unknown client 'globex': it is not configured.")]
    [TestCase(new[] { "--role", "admin" }, "Option '--name' is required.")]
    public async Task KeysNew_InvalidInput_SaysWhatToFixAndPrintsNoKey(string[] options, string message)
    {
        var run = await _env.RunAsync(["keys", "new", .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Err, Does.StartWith("error: ").And.Contain(message));
            Assert.That(run.Out, Is.Empty);
        });
    }

    [GeneratedRegex("chk_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("set \"(?<key>[^\"]+)\" \"(?<value>[^\"]+)\"")]
    private static partial Regex UserSecretsPattern();
}
