using CrmSupportHub.Persistence.Sqlite;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSupportHub.Bench.Hub;

/// <summary>
/// The real worker (<see cref="HubApplication"/>) on a SQLite file, its clients pointed at sandbox
/// CRMs, polling off: benchmarks drive sync themselves. Started only when HTTP is needed.
/// </summary>
internal sealed class BenchHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _started;

    private BenchHub(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <summary>The bound address (<c>http://127.0.0.1:port</c>) once <see cref="StartAsync"/> ran.</summary>
    public Uri? Address { get; private set; }

    /// <param name="clients">Each client's id and the sandbox it reads from.</param>
    /// <param name="overrides">Further settings, full keys (e.g. <c>CrmSupportHub:Clients:0:Connection:RequestsPerMinute</c>).</param>
    public static async Task<BenchHub> CreateAsync(
        string databasePath, IEnumerable<(string Id, ISandboxCrm Sandbox)> clients, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={databasePath}",
            ["CrmSupportHub:Polling:Enabled"] = "false",
            ["Logging:LogLevel:Polly"] = "Error", // a line per retried 429 otherwise; the benchmarks count them
        };
        var index = 0;
        foreach (var (id, sandbox) in clients)
        {
            foreach (var (key, value) in ClientSettings(id, sandbox))
            {
                settings[$"CrmSupportHub:Clients:{index}:{key}"] = value;
            }

            index++;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = HubApplication.Build([], builder =>
        {
            foreach (var json in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
            {
                builder.Configuration.Sources.Remove(json);
            }

            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None).ConfigureAwait(false);
        return new BenchHub(app);
    }

    private static string FirstOfThisMonth()
    {
        var today = TimeProvider.System.GetUtcNow();
        return new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, string?> ClientSettings(string id, ISandboxCrm sandbox)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Id"] = id,
            ["Crm"] = sandbox.Kind,
            ["Package"] = "Medium",
            // This month: no earlier months for the month-closing job to close at start-up.
            ["ContractStart"] = FirstOfThisMonth(),
            ["Calendar:TimeZone"] = "Europe/Kyiv",
            ["Calendar:AlwaysOpen"] = "true",
        };
        foreach (var (key, value) in sandbox.ClientSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A bare endpoint in the same host that only answers 200: the baseline of HTTP intake. Before <see cref="StartAsync"/>.</summary>
    public void MapBare(string path) => _app.MapPost(path, () => Results.Ok());

    /// <summary>Starts Kestrel, the inbox processor and the other hosted services.</summary>
    public async Task StartAsync()
    {
        await _app.StartAsync().ConfigureAwait(false);
        _started = true;
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _app.StopAsync().ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
