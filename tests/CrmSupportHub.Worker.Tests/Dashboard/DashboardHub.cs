using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Security;
using CrmSupportHub.Worker.Sla;
using CrmSupportHub.Worker.Sync;
using CrmSupportHub.Worker.Tests.EndToEnd;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Worker.Tests.Dashboard;

/// <summary>
/// The worker on real Kestrel with two clients (acme, beta), an admin and an analyst who sees only
/// acme, and acme's requests in every SLA state, one of them titled with a script tag. Real clock:
/// the reaction target is an hour, round the clock.
/// </summary>
internal sealed partial class DashboardHub : IAsyncDisposable
{
    public const string ScriptTitle = "<script>alert('x')</script> printer broken";

    private readonly string _directory;
    private readonly PipedriveSandbox _crm;

    private DashboardHub(string directory, PipedriveSandbox crm, HubUnderTest hub)
    {
        _directory = directory;
        _crm = crm;
        Hub = hub;
    }

    public static string AdminKey { get; } = ApiKeys.NewKey();

    public static string AnalystKey { get; } = ApiKeys.NewKey();

    public HubUnderTest Hub { get; }

    public Uri BaseAddress => Hub.Http.BaseAddress!;

    public static async Task<DashboardHub> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("crm-hub-dashboard-").FullName;
        var crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        var hub = await HubUnderTest.StartAsync(crm, Path.Combine(directory, "hub.db"), Settings(crm));
        var dashboard = new DashboardHub(directory, crm, hub);
        await dashboard.SeedAsync();
        return dashboard;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in with <paramref name="key"/>.</summary>
    public async Task<HttpClient> SignInAsync(string key)
    {
        var http = Anonymous();
        using var response = await PostFormAsync(http, "/login", "/login", new() { ["key"] = key });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "sign-in");
        return http;
    }

    public HttpClient Anonymous() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Posts a form the way the browser does: with the antiforgery field from the page that carries it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(pagePath);
        fields["__csrf"] = WebUtility.HtmlDecode(CsrfField().Match(page).Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(action, content);
    }

    public async Task<int> EntryCountAsync(string clientId)
    {
        var ledger = Hub.Services.GetRequiredService<Core.Ledger.LedgerService>();
        return (await ledger.ListEntriesAsync(clientId, ledger.CurrentMonth(clientId), CancellationToken.None)).Count;
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        _crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static Dictionary<string, string?> Settings(PipedriveSandbox crm)
    {
        var now = TimeProvider.System.GetUtcNow();
        var contractStart = new DateOnly(now.Year, now.Month, 1).AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Name"] = "Acme Ltd",
            ["CrmSupportHub:Clients:0:ReactionTime"] = "01:00:00",
            ["CrmSupportHub:Clients:0:ContractStart"] = contractStart,
            ["CrmSupportHub:Clients:1:Id"] = "beta",
            ["CrmSupportHub:Clients:1:Name"] = "Beta GmbH",
            ["CrmSupportHub:Clients:1:Crm"] = crm.Kind,
            ["CrmSupportHub:Clients:1:Package"] = "Medium",
            ["CrmSupportHub:Clients:1:ContractStart"] = contractStart,
            ["CrmSupportHub:Clients:1:Calendar:TimeZone"] = "Europe/Berlin",
            ["CrmSupportHub:Clients:1:Calendar:AlwaysOpen"] = "true",
            ["CrmSupportHub:Analysts:0:Name"] = "ada",
            ["CrmSupportHub:Analysts:0:Role"] = "Admin",
            ["CrmSupportHub:Analysts:0:KeyHash"] = ApiKeys.Hash(AdminKey),
            ["CrmSupportHub:Analysts:1:Name"] = "bob",
            ["CrmSupportHub:Analysts:1:KeyHash"] = ApiKeys.Hash(AnalystKey),
            ["CrmSupportHub:Analysts:1:Clients:0"] = "acme",
        };
        foreach (var (key, value) in crm.ClientSettings)
        {
            settings["CrmSupportHub:Clients:1:" + key] = value;
        }

        return settings;
    }

    private async Task SeedAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        var scheduler = Hub.Services.GetRequiredService<SlaMilestoneScheduler>();
        await scheduler.CaughtUp.WaitAsync(TimeSpan.FromSeconds(20));
        var ingestor = Hub.Services.GetRequiredService<RequestIngestor>();
        await ingestor.ApplyAsync("acme", [
            Raised("1", "VPN down for the sales team", now.AddHours(-2)),      // breached
            Raised("2", "Export to Excel fails", now.AddMinutes(-50)),          // past the 80 % warning: at risk
            Raised("3", ScriptTitle, now.AddMinutes(-10)),                     // running
            Raised("4", "New pipeline stage", now.AddMinutes(-5)),
        ], EventSource.Poll, null, CancellationToken.None);
        await ingestor.ApplyAsync("beta", [Raised("7", "Beta request", now.AddMinutes(-3))], EventSource.Poll, null, CancellationToken.None);
        await scheduler.IdleAsync().WaitAsync(TimeSpan.FromSeconds(20));

        var users = Hub.Services.GetRequiredService<IUserStore>();
        foreach (var (daysAgo, active) in new[] { (60, 7), (30, 9), (5, 11) })
        {
            await users.AppendSeatCountAsync(
                new SeatCount("acme", now.AddDays(-daysAgo), active, 10, Core.Packages.PackageTier.Start, SeatCountBasis.Counted), CancellationToken.None);
        }

        var sync = Hub.Services.GetRequiredService<ISyncStateStore>();
        await sync.RecordSuccessAsync("acme", SyncStreams.Requests, now.AddMinutes(-2), CancellationToken.None);
        await sync.RecordFailureAsync("beta", SyncStreams.Requests, now.AddMinutes(-1), "The CRM refused the API token (HTTP 401).", CancellationToken.None);
    }

    private static ExternalRequest Raised(string id, string title, DateTimeOffset at) =>
        new(id, title, "1", StageCategory.Initial, null, RequestStatus.Open, at, at);

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
