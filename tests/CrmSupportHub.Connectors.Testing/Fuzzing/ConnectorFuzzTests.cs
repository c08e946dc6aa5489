using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>
/// Fuzzes every parser of one connector (<see cref="ConnectorFuzzTargets"/>) with a few hundred mutated
/// and generated payloads per run: nothing may crash, every rejection must say why, no accepted
/// record may lack an id, and the valid seeds must still parse. The seed is printed; set
/// <c>CRM_FUZZ_SEED</c> to replay a failing run. Subclass it with <c>[TestFixture]</c>.
/// </summary>
public abstract class ConnectorFuzzTests
{
    public static IEnumerable<string> Targets => ConnectorFuzzTargets.Names;

    protected virtual int CasesPerTarget => 300;

    /// <summary>Settings over the sandbox's: no retries, so each rejection costs one call.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Connection:MaxRetries"] = "0",
        ["Settings:PageSize"] = "2",
    };

    protected abstract ISandboxCrm CreateSandbox();

    protected abstract void Register(ICrmSupportHubBuilder hub);

    /// <summary>An authentic webhook delivery announcing a change of <paramref name="requestId"/>; null when the CRM has no webhooks.</summary>
    protected abstract WebhookEnvelope? CreateWebhook(ISandboxCrm sandbox, string clientId, string requestId);

    [TestCaseSource(nameof(Targets))]
    public async Task Parser_FuzzedPayloads_NeverCrashAndRejectWithAReason(string target)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var sandbox = CreateSandbox();
        await using var targets = await ConnectorFuzzTargets.CreateAsync(
            sandbox, Register, Settings, (client, id) => CreateWebhook(sandbox, client, id), deadline.Token);
        if (!targets.Targets.TryGetValue(target, out var fuzz))
        {
            Assert.Pass($"{sandbox.Kind} has no {target} parser: the connector lacks that capability.");
            return;
        }

        var seed = FuzzSeed.FromEnvironment();
        var report = await FuzzRunner.RunAsync(fuzz, CasesPerTarget, seed, FuzzSizes.Ci, deadline.Token);

        await TestContext.Out.WriteLineAsync(report.Summary());
        Assert.That(report.Findings, Is.Empty, $"{report.Describe()}{Environment.NewLine}Replay with {FuzzSeed.Variable}={seed}.");
    }
}
