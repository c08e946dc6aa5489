using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSupportHub.Worker.Security;
using CrmSupportHub.Worker.Sla;
using CrmSupportHub.Worker.Tests.EndToEnd;
using CrmSupportHub.Worker.Tests.Sla;

namespace CrmSupportHub.Worker.Tests.Api;

/// <summary>
/// The worker with two clients on one Pipedrive sandbox ("acme" and "beta"), an admin key and an
/// analyst key limited to acme, a fake clock at Monday 2 March 2026 09:00 Kyiv, and two acme
/// requests: one raised at the start (breached after an hour) and one raised 50 minutes later.
/// </summary>
internal sealed class ApiFixture : IAsyncDisposable
{
    public static readonly string AdminKey = ApiKeys.NewKey();
    public static readonly string AcmeKey = ApiKeys.NewKey();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ApiFixture(SlaHubFixture sla, HubUnderTest hub, string oldRequest, string newRequest)
    {
        Sla = sla;
        Hub = hub;
        OldRequest = oldRequest;
        NewRequest = newRequest;
    }

    public SlaHubFixture Sla { get; }

    public HubUnderTest Hub { get; }

    public string OldRequest { get; }

    public string NewRequest { get; }

    public static async Task<ApiFixture> StartAsync(IReadOnlyDictionary<string, string?>? extra = null, Action<WebApplicationBuilder>? configure = null)
    {
        var sla = new SlaHubFixture();
        var old = sla.Crm.CreateDeal("Printer offline", SlaHubFixture.Start);
        var fresh = sla.Crm.CreateDeal("<script>alert(1)</script>", SlaHubFixture.Start.AddMinutes(50));
        var settings = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Package"] = "Medium",
            ["CrmSupportHub:Clients:0:ContractStart"] = "2026-01-01",
            ["CrmSupportHub:Analysts:0:Name"] = "root",
            ["CrmSupportHub:Analysts:0:KeyHash"] = ApiKeys.Hash(AdminKey),
            ["CrmSupportHub:Analysts:0:Role"] = "Admin",
            ["CrmSupportHub:Analysts:1:Name"] = "olena",
            ["CrmSupportHub:Analysts:1:KeyHash"] = ApiKeys.Hash(AcmeKey),
            ["CrmSupportHub:Analysts:1:Clients:0"] = "acme",
        };
        foreach (var (key, value) in HubUnderTest.ClientSettings(sla.Crm, sla.Database, polling: false).Where(s => s.Key.StartsWith("CrmSupportHub:Clients:0:", StringComparison.Ordinal)))
        {
            settings[key.Replace("Clients:0:", "Clients:1:", StringComparison.Ordinal)] = value;
        }

        settings["CrmSupportHub:Clients:1:Id"] = "beta";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var hub = await sla.StartHubAsync(settings, configure);
        sla.Time.Advance(TimeSpan.FromMinutes(55));
        await SlaHubFixture.SyncAsync(hub);
        await hub.Services.GetRequiredService<SlaMilestoneScheduler>().IdleAsync();
        return new ApiFixture(sla, hub, Id(old.Id), Id(fresh.Id));
    }

    public HttpClient Client(string? key)
    {
        var http = new HttpClient { BaseAddress = Hub.Http.BaseAddress };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return http;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        Sla.Dispose();
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
