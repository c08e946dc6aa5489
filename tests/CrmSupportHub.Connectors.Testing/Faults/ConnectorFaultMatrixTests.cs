using System.Globalization;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Connectors.Testing.Faults;

/// <summary>
/// Every fault the sandboxes can inject, against one connector's incremental request sync: the run is
/// resumed from its last committed cursor as the host would, and must end with exactly the CRM's data
/// set (ids and update times), nothing read twice within a run. A connector test project subclasses it
/// with <c>[TestFixture]</c> and the hooks below; short timeouts and backoffs keep the matrix fast.
/// </summary>
/// <remarks>
/// Seeds are older than the (zero) overlap and their update order runs against their id order, so a
/// cursor that moves past a page not yet committed loses requests the final poll cannot find again.
/// </remarks>
public abstract partial class ConnectorFaultMatrixTests
{
    protected const string ClientId = "faults";

    /// <summary>Faults a retrying connector must absorb within the run they hit.</summary>
    private static readonly SandboxFault[] Transient =
    [
        SandboxFault.TooManyRequests, SandboxFault.TooManyRequestsWithoutRetryAfter, SandboxFault.ServerError,
        SandboxFault.BadGateway, SandboxFault.ServiceUnavailable, SandboxFault.Slow, SandboxFault.ConnectionReset,
        SandboxFault.TruncatedBody,
    ];

    private readonly List<ConformanceHost> _hosts = [];
    private CancellationTokenSource _deadline = new();

    /// <summary>Every fault kind but refused credentials (the conformance suite covers those): new kinds join the matrix by themselves.</summary>
    public static IEnumerable<SandboxFault> Faults => Enum.GetValues<SandboxFault>().Where(f => f != SandboxFault.Unauthorized);

    protected ISandboxCrm Sandbox { get; private set; } = null!;

    /// <summary>The test's "now", whole seconds.</summary>
    protected DateTimeOffset Now { get; private set; }

    protected CancellationToken Deadline => _deadline.Token;

    protected virtual int PageSize => 5;

    /// <summary>How many calls of the incremental read succeed before the fault: by default it hits the second page.</summary>
    protected virtual int FaultAfterCalls => 1;

    /// <summary>Whether the connector's pipeline has a circuit breaker (see <see cref="CircuitBreaker_RepeatedFailures_OpensThenClosesOnceHealthy"/>).</summary>
    protected abstract bool HasCircuitBreaker { get; }

    /// <summary>
    /// Settings for a fast matrix: small pages, no overlap (a cursor that skips data is then caught),
    /// retries after 10 ms, attempts cut at 500 ms (the sandbox's slow answers must take longer).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Settings:PageSize"] = PageSize.ToString(CultureInfo.InvariantCulture),
        ["Settings:SyncOverlap"] = "00:00:00",
        ["Connection:MaxRetries"] = "3",
        ["Connection:RetryBaseDelay"] = "00:00:00.010",
        ["Connection:Timeout"] = "00:00:00.500",
    };

    /// <summary>A sandbox whose slow answers outlast the 500 ms attempt timeout and whose 429s ask for no long wait.</summary>
    protected abstract ISandboxCrm CreateSandbox();

    protected abstract void Register(ICrmSupportHubBuilder hub);

    [SetUp]
    public void StartSandbox()
    {
        _deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Sandbox = CreateSandbox();
        var now = TimeProvider.System.GetUtcNow();
        Now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    [TearDown]
    public async Task StopSandbox()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts.Clear();
        Sandbox.Dispose();
        _deadline.Dispose();
    }

    [TestCaseSource(nameof(Faults))]
    public async Task IncrementalSync_UnderFault_EndsWithTheCrmsDataSetOnce(SandboxFault fault)
    {
        var ids = Sandbox.SeedRequests((PageSize * 3) + 2, Now.AddDays(-2));
        var ledger = new SyncLedger(StartHost().Get<IRequestSource>(ClientId));
        var baseline = await ledger.RunAsync(Deadline);
        Assert.That(baseline.Completed, Is.True, $"the clean full read: {baseline}");

        // Later ids change first: a CRM listing by id puts the newest changes on the first page.
        var moved = ids.Take((PageSize * 2) + 3).Reverse().ToList();
        for (var i = 0; i < moved.Count; i++)
        {
            Sandbox.MoveRequest(moved[i], StageCategory.Working, Now.AddHours(-1).AddSeconds(i));
        }

        var calls = Sandbox.CallCount;
        Sandbox.InjectFault(fault, times: 1, afterCalls: FaultAfterCalls);
        var hit = await ledger.RunUntilCompletedAsync(attempts: 4, Deadline);
        var poll = await ledger.RunAsync(Deadline); // the next scheduled poll
        var runs = string.Join(Environment.NewLine, ledger.Runs.Skip(1).Select((r, n) => $"  run {n + 1}: {r}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sandbox.CallCount - calls, Is.GreaterThan(FaultAfterCalls), $"the fault had a call to hit{Environment.NewLine}{runs}");
            Assert.That(hit.Completed && poll.Completed, Is.True, $"resuming from the last committed cursor completes{Environment.NewLine}{runs}");
            Assert.That(ledger.Runs.SelectMany(r => r.ReadTwice), Is.Empty, $"no run reads a request version twice{Environment.NewLine}{runs}");
            Assert.That(ledger.Runs.Select(r => r.Error?.Message), Has.None.Empty, "failures say what went wrong");
            Assert.That(ledger.Versions, Is.EquivalentTo(Sandbox.RequestVersions), $"nothing lost, nothing invented{Environment.NewLine}{runs}");
            if (Transient.Contains(fault))
            {
                Assert.That(ledger.Runs[1].Completed, Is.True, $"a transient fault is retried within the run{Environment.NewLine}{runs}");
            }
        }
    }

    /// <summary>Builds a host with one client connected to the sandbox with <see cref="Settings"/>.</summary>
    protected ConformanceHost StartHost(IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null)
    {
        var settings = Settings.Concat(overrides ?? new Dictionary<string, string?>());
        var host = ConnectorHosts.Start(ConnectorHosts.Client(Sandbox, 0, ClientId, settings), Register, configureServices);
        _hosts.Add(host);
        return host;
    }
}
