using CrmSupportHub.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration.Json;

namespace CrmSupportHub.Worker.Tests.EndToEnd;

/// <summary>
/// The real worker (Kestrel on a dynamic loopback port, Quartz, SQLite file) configured against a
/// sandbox CRM. Several instances may share one database file to simulate restarts.
/// </summary>
internal sealed class HubUnderTest : IAsyncDisposable
{
    private HubUnderTest(WebApplication app, HttpClient http)
    {
        App = app;
        Http = http;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<HubUnderTest> StartAsync(
        ISandboxCrm sandbox,
        string databasePath,
        IReadOnlyDictionary<string, string?>? overrides = null,
        bool polling = false,
        TimeProvider? time = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var settings = ClientSettings(sandbox, databasePath, polling);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = HubApplication.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            foreach (var json in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
            {
                builder.Configuration.Sources.Remove(json);
            }

            builder.Configuration.AddInMemoryCollection(settings);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            configure?.Invoke(builder);

            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HubUnderTest(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public static Dictionary<string, string?> ClientSettings(ISandboxCrm sandbox, string databasePath, bool polling)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={databasePath}",
            ["CrmSupportHub:Polling:Enabled"] = polling ? "true" : "false",
            ["CrmSupportHub:Clients:0:Id"] = "acme",
            ["CrmSupportHub:Clients:0:Crm"] = sandbox.Kind,
            ["CrmSupportHub:Clients:0:Package"] = "Start",
            ["CrmSupportHub:Clients:0:ContractStart"] = "2026-01-01",
            ["CrmSupportHub:Clients:0:PollInterval"] = "00:00:01",
            ["CrmSupportHub:Clients:0:Calendar:TimeZone"] = "Europe/Kyiv",
            ["CrmSupportHub:Clients:0:Calendar:AlwaysOpen"] = "true",
        };
        foreach (var (key, value) in sandbox.ClientSettings)
        {
            settings["CrmSupportHub:Clients:0:" + key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
