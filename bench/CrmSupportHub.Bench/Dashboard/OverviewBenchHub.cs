using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Security;
using CrmSupportHub.Worker.Sla;
using CrmSupportHub.Worker.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSupportHub.Bench.Dashboard;

/// <summary>
/// The worker host (real Kestrel, SQLite temp file, polling off) with many Pipedrive-kind clients,
/// seeded through its own services: requests through the ingestor (the SLA scheduler fills the
/// clock board), hours through the work service, seat counts and sync health through the stores.
/// </summary>
internal sealed partial class OverviewBenchHub : IAsyncDisposable
{
    private static readonly string Key = ApiKeys.NewKey();
    private readonly string _directory;
    private readonly PipedriveSandbox _crm;

    private OverviewBenchHub(string directory, PipedriveSandbox crm, WebApplication app, HttpClient http)
    {
        _directory = directory;
        _crm = crm;
        App = app;
        Http = http;
    }

    public WebApplication App { get; }

    /// <summary>Signed in as an admin (cookie), redirects not followed.</summary>
    public HttpClient Http { get; }

    public static async Task<OverviewBenchHub> StartAsync(int clients)
    {
        var directory = Directory.CreateTempSubdirectory("crm-hub-overview-bench-").FullName;
        var crm = new PipedriveSandbox(); // only for valid connection settings: polling is off, nothing calls it
        var app = HubApplication.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            foreach (var json in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
            {
                builder.Configuration.Sources.Remove(json);
            }

            builder.Configuration.AddInMemoryCollection(Settings(crm, Path.Combine(directory, "hub.db"), clients));
            builder.Logging.ClearProviders(); // thousands of SLA breach lines otherwise
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        return new OverviewBenchHub(directory, crm, app, http);
    }

    public static string ClientId(int i) => string.Create(CultureInfo.InvariantCulture, $"client-{i:D3}");

    /// <summary>Open requests spread over the clients: most running, about 7 % at risk and 3 % breached.</summary>
    public async Task SeedAsync(int clients, int requests, DateTimeOffset now)
    {
        var scheduler = App.Services.GetRequiredService<SlaMilestoneScheduler>();
        await scheduler.CaughtUp.ConfigureAwait(false);
        var ingestor = App.Services.GetRequiredService<RequestIngestor>();
        var work = App.Services.GetRequiredService<WorkService>();
        var users = App.Services.GetRequiredService<IUserStore>();
        var sync = App.Services.GetRequiredService<ISyncStateStore>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var c = 0; c < clients; c++)
        {
            var id = ClientId(c);
            var batch = Enumerable.Range(0, requests / clients).Select(r =>
            {
                var age = (r % 30) switch { 0 => TimeSpan.FromHours(5), 1 or 2 => TimeSpan.FromHours(3), _ => TimeSpan.FromMinutes(r) };
                return new ExternalRequest(
                    string.Create(CultureInfo.InvariantCulture, $"{r + 1}"), $"Request {r + 1} of {id}", "1", StageCategory.Initial, null, RequestStatus.Open, now - age, now - age);
            }).ToList();
            await ingestor.ApplyAsync(id, batch, EventSource.Poll, null, CancellationToken.None).ConfigureAwait(false);
            for (var e = 0; e < 5; e++)
            {
                await work.LogAsync(new WorkEntryDraft(id, null, "bench", today, 45 + 15 * e), CancellationToken.None).ConfigureAwait(false);
            }

            await users.AppendSeatCountAsync(new SeatCount(id, now, 5 + c % 30, 30, PackageTier.Medium, SeatCountBasis.Counted), CancellationToken.None).ConfigureAwait(false);
            await sync.RecordSuccessAsync(id, SyncStreams.Requests, now, CancellationToken.None).ConfigureAwait(false);
        }

        await scheduler.IdleAsync().ConfigureAwait(false);
    }

    public async Task SignInAsync()
    {
        var form = await Http.GetStringAsync(new Uri("/login", UriKind.Relative)).ConfigureAwait(false);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = WebUtility.HtmlDecode(CsrfField().Match(form).Groups[1].Value),
            ["key"] = Key,
        });
        using var response = await Http.PostAsync(new Uri("/login", UriKind.Relative), content).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        _crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static Dictionary<string, string?> Settings(PipedriveSandbox crm, string database, int clients)
    {
        var now = TimeProvider.System.GetUtcNow();
        var settings = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={database}",
            ["CrmSupportHub:Polling:Enabled"] = "false",
            ["CrmSupportHub:Analysts:0:Name"] = "bench",
            ["CrmSupportHub:Analysts:0:Role"] = "Admin",
            ["CrmSupportHub:Analysts:0:KeyHash"] = ApiKeys.Hash(Key),
        };
        for (var i = 0; i < clients; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"CrmSupportHub:Clients:{i}:");
            settings[prefix + "Id"] = ClientId(i);
            settings[prefix + "Name"] = string.Create(CultureInfo.InvariantCulture, $"Client {i:D3}");
            settings[prefix + "Crm"] = crm.Kind;
            settings[prefix + "Package"] = "Medium";
            settings[prefix + "ReactionTime"] = "04:00:00";
            settings[prefix + "ContractStart"] = new DateOnly(now.Year, now.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            settings[prefix + "Calendar:TimeZone"] = "Europe/Kyiv";
            settings[prefix + "Calendar:AlwaysOpen"] = "true";
            foreach (var (key, value) in crm.ClientSettings)
            {
                settings[prefix + key] = value;
            }
        }

        return settings;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
