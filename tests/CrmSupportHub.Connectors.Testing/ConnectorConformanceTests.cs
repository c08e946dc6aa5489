using CrmSupportHub.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Connectors.Testing;

/// <summary>
/// The checks every connector passes, each against a fresh sandbox CRM. A connector's test project
/// subclasses this with a few hooks (<see cref="CreateSandbox"/>, <see cref="Register"/>, optional
/// setting names and webhook envelopes) and gets every check as its own test.
/// </summary>
/// <remarks>
/// Mark the subclass <c>[TestFixture]</c>: the NUnit adapter skips a test assembly that does not
/// itself reference NUnit, so a project holding only the subclass would run no test at all.
/// Conventions the defaults assume (override the hook when a connector differs): the credential is
/// <c>Connection:ApiToken</c>, page size is <c>Settings:PageSize</c>, and the retry knobs are
/// <c>Connection:MaxRetries</c>, <c>Connection:RetryBaseDelay</c> and <c>Connection:Timeout</c>.
/// A wrong credential makes <see cref="ICrmConnector.CheckConnectionAsync"/> return a failed check
/// (it does not throw); reads with refused credentials throw <see cref="ConnectorException"/>
/// with <see cref="ConnectorErrorKind.Unauthorized"/>.
/// </remarks>
public abstract partial class ConnectorConformanceTests
{
    /// <summary>The id of the client the single-client checks configure.</summary>
    protected const string ClientId = "conformance";

    private readonly List<ConformanceHost> _hosts = [];
    private CancellationTokenSource _deadline = new();

    /// <summary>The sandbox of the current test (a new one per test).</summary>
    protected ISandboxCrm Sandbox { get; private set; } = null!;

    /// <summary>The test's "now", whole seconds; seeded data is placed well before it.</summary>
    protected DateTimeOffset Now { get; private set; }

    /// <summary>Cancels the check's CRM calls when it runs longer than <see cref="CheckTimeout"/>, so a stuck connector fails instead of hanging the run.</summary>
    protected CancellationToken Deadline => _deadline.Token;

    /// <summary>The longest a single check may take.</summary>
    protected virtual TimeSpan CheckTimeout => TimeSpan.FromSeconds(60);

    /// <summary>Page size the paging checks configure; seeds are sized to need at least three pages.</summary>
    protected virtual int PageSize => 10;

    /// <summary>The setting that holds the client's credential (set empty or wrong by the checks).</summary>
    protected virtual string CredentialKey => "Connection:ApiToken";

    /// <summary>A misspelt key in one of the connector's sections, which validation must report.</summary>
    protected virtual string MisspeltKey => "Connection:ApiTokn";

    /// <summary>A request id the sandbox never has.</summary>
    protected virtual string UnknownRequestId => "987654321";

    /// <summary>Settings that make page size small for the paging checks.</summary>
    protected virtual IReadOnlyDictionary<string, string?> PagingSettings =>
        new Dictionary<string, string?> { ["Settings:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Retry settings with tiny delays so the resilience checks run fast.</summary>
    protected virtual IReadOnlyDictionary<string, string?> FastResilience => new Dictionary<string, string?>
    {
        ["Connection:MaxRetries"] = "3",
        ["Connection:RetryBaseDelay"] = "00:00:00.010",
        ["Connection:Timeout"] = "00:00:05",
    };

    /// <summary>Creates the sandbox for one test.</summary>
    protected abstract ISandboxCrm CreateSandbox();

    /// <summary>Registers the connector under test (calls its <c>Add&lt;Crm&gt;()</c>).</summary>
    protected abstract void Register(ICrmSupportHubBuilder hub);

    /// <summary>
    /// A webhook delivery announcing a change of <paramref name="requestId"/> for <paramref name="clientId"/>,
    /// authentic or tampered; <see langword="null"/> when the CRM has no webhooks.
    /// </summary>
    protected virtual WebhookEnvelope? CreateWebhook(string clientId, string requestId, bool authentic) => null;

    /// <summary>Registers extra services (e.g. a <see cref="TimeProvider"/>) before the connector.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    [SetUp]
    public void StartSandbox()
    {
        _deadline = new CancellationTokenSource(CheckTimeout);
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

    /// <summary>The settings of a client connected to the sandbox, before overrides.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ClientSettings()
    {
        var settings = new Dictionary<string, string?>(Sandbox.ClientSettings);
        foreach (var (key, value) in PagingSettings.Concat(FastResilience))
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Configuration for one client at <paramref name="index"/> of <c>CrmSupportHub:Clients</c>.</summary>
    protected Dictionary<string, string?> ClientConfiguration(
        int index, string clientId, IReadOnlyDictionary<string, string?>? overrides = null, string? crm = null) =>
        ConnectorHosts.Client(Sandbox, index, clientId, ClientSettings().Concat(overrides ?? new Dictionary<string, string?>()), crm);

    /// <summary>Builds a host with one client (<see cref="ClientId"/>) connected to the sandbox.</summary>
    protected ConformanceHost StartHost(IReadOnlyDictionary<string, string?>? overrides = null) =>
        StartHostWith(ClientConfiguration(0, ClientId, overrides));

    /// <summary>Builds a host from raw configuration, the way the worker composes connectors.</summary>
    protected ConformanceHost StartHostWith(IEnumerable<KeyValuePair<string, string?>> configuration)
    {
        var host = ConnectorHosts.Start(configuration, Register, ConfigureServices);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Ends the check with a pass when the connector lacks <paramref name="capability"/>.</summary>
    protected static void RequireCapability(ConformanceHost host, ConnectorCapabilities capability)
    {
        ArgumentNullException.ThrowIfNull(host);
        var descriptor = host.Get<ICrmConnector>(ClientId).Descriptor;
        if (!descriptor.Capabilities.HasFlag(capability))
        {
            Assert.Pass($"{descriptor.Kind} has no {capability} capability.");
        }
    }
}
