using System.Globalization;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using CrmSupportHub.Sandbox.NetHunt;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Sandbox.Uspacy;
using CrmSupportHub.Worker.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration.Json;

namespace CrmSupportHub.Worker.Demo;

/// <summary>
/// <c>--demo</c>: sandbox CRMs on loopback, one demo client each, a fresh SQLite file in the current
/// directory, traffic that keeps changing the sandboxes' data, and an admin analyst whose key is
/// made at start and printed once the dashboard listens. Needs no credentials and ignores the
/// clients and analysts of appsettings.json.
/// </summary>
internal sealed class DemoEnvironment : IDisposable
{
    public const string Flag = "--demo";
    public const string DatabaseFile = "crm-support-hub-demo.db";

    private readonly List<(string ClientId, string Package, ISandboxCrm Sandbox)> _clients;
    private readonly DemoScript _script;

    private DemoEnvironment(List<(string, string, ISandboxCrm)> clients, DemoScript script)
    {
        _clients = clients;
        _script = script;
    }

    public static DemoEnvironment StartSandboxes()
    {
        // One client per CRM, each on another package, so the overview shows every combination.
        var clients = new List<(string, string, ISandboxCrm)>
        {
            ("demo-pipedrive", "Medium", new PipedriveSandbox()),
            ("demo-keycrm", "Start", new KeyCrmSandbox()),
            ("demo-nethunt", "Large", new NetHuntSandbox()),
            ("demo-uspacy", "Individual", new UspacySandbox()),
        };
        foreach (var (_, _, sandbox) in clients)
        {
            sandbox.SeedUsers(12);
        }

        // A demo starts over: yesterday's requests would sit breached on the overview forever.
        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
        {
            File.Delete(file);
        }

        var script = new DemoScript([.. clients.Select(c => c.Item3)], TimeProvider.System.GetUtcNow());
        return new DemoEnvironment(clients, script);
    }

    public void Configure(WebApplicationBuilder builder)
    {
        // The demo's clients replace the configured ones rather than merging into them by index.
        foreach (var json in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
        {
            builder.Configuration.Sources.Remove(json);
        }

        var loginKey = ApiKeys.NewKey();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = builder.Configuration["Urls"] ?? "http://localhost:5080", // --urls still wins
            ["CrmSupportHub:Analysts:0:Name"] = "demo",
            ["CrmSupportHub:Analysts:0:Role"] = nameof(AnalystRole.Admin),
            ["CrmSupportHub:Analysts:0:KeyHash"] = ApiKeys.Hash(loginKey), // the key itself is only printed
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
            ["Logging:LogLevel:Quartz"] = "Warning",
            ["Logging:LogLevel:Polly"] = "Warning", // one line per HTTP attempt otherwise
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={DatabaseFile}",
        };
        for (var i = 0; i < _clients.Count; i++)
        {
            var (id, package, sandbox) = _clients[i];
            var prefix = $"CrmSupportHub:Clients:{i}:";
            settings[prefix + "Id"] = id;
            settings[prefix + "Name"] = $"Demo {sandbox.Kind} ({package})";
            settings[prefix + "Crm"] = sandbox.Kind;
            settings[prefix + "Package"] = package;
            settings[prefix + "ReactionTime"] = "00:10:00"; // minutes, so clocks visibly run out during a demo
            settings[prefix + "ResolutionTime"] = "00:30:00"; // its timeline shows the pause while a request waits for the client
            // Two closed months before this one, so the ledger shows carry-in.
            settings[prefix + "ContractStart"] = new DateOnly(today.Year, today.Month, 1).AddMonths(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            settings[prefix + "PollInterval"] = "00:00:10";
            settings[prefix + "Calendar:TimeZone"] = "Europe/Kyiv";
            settings[prefix + "Calendar:AlwaysOpen"] = "true";
            if (package == "Individual")
            {
                // Individual terms are per agreement, so the demo agrees some.
                settings[prefix + "MonthlyHours"] = "30";
                settings[prefix + "MaxUsers"] = "25";
            }

            foreach (var (key, value) in sandbox.ClientSettings)
            {
                settings[prefix + key] = value;
            }
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(_script);
        builder.Services.AddHostedService<DemoTraffic>();
        builder.Services.AddHostedService<DemoHistory>();
        builder.Services.AddHostedService(sp => new DemoBanner(loginKey, sp.GetRequiredService<IServer>(), sp.GetRequiredService<IHostApplicationLifetime>()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Demo mode: {_clients.Count} sandbox CRM(s), database {Path.GetFullPath(DatabaseFile)}"));
        foreach (var (id, _, sandbox) in _clients)
        {
            Console.WriteLine($"  {id}: sandbox {sandbox.Kind} at {sandbox.BaseUrl}");
        }
    }

    public void Dispose()
    {
        foreach (var (_, _, sandbox) in _clients)
        {
            sandbox.Dispose();
        }
    }
}
