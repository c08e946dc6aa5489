using System.Globalization;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using CrmSupportHub.Sandbox.NetHunt;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Sandbox.Uspacy;
using Microsoft.Extensions.Configuration.Json;

namespace CrmSupportHub.Worker.Demo;

/// <summary>
/// <c>--demo</c>: sandbox CRMs on loopback, one demo client each, a SQLite file in the current
/// directory and traffic that keeps changing the sandboxes' data. Needs no credentials and ignores
/// the clients of appsettings.json.
/// </summary>
internal sealed class DemoEnvironment : IDisposable
{
    public const string Flag = "--demo";
    public const string DatabaseFile = "crm-support-hub-demo.db";

    private readonly List<(string ClientId, string Package, ISandboxCrm Sandbox)> _clients;

    private DemoEnvironment(List<(string, string, ISandboxCrm)> clients) => _clients = clients;

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
        var now = TimeProvider.System.GetUtcNow();
        foreach (var (_, _, sandbox) in clients)
        {
            sandbox.SeedUsers(12);
            sandbox.SeedRequests(25, now.AddHours(-3));
        }

        return new DemoEnvironment(clients);
    }

    public void Configure(WebApplicationBuilder builder)
    {
        // The demo's clients replace the configured ones rather than merging into them by index.
        foreach (var json in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
        {
            builder.Configuration.Sources.Remove(json);
        }

        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://localhost:5080",
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
            settings[prefix + "PollInterval"] = "00:00:10";
            settings[prefix + "Calendar:TimeZone"] = "Europe/Kyiv";
            settings[prefix + "Calendar:AlwaysOpen"] = "true";
            foreach (var (key, value) in sandbox.ClientSettings)
            {
                settings[prefix + key] = value;
            }
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IReadOnlyList<ISandboxCrm>>([.. _clients.Select(c => c.Sandbox)]);
        builder.Services.AddHostedService<DemoTraffic>();
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
