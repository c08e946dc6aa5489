using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.NetHunt;

namespace CrmSupportHub.Connectors.NetHunt.Tests.Emulator;

/// <summary>The emulator's own behaviour, which the connector tests rely on.</summary>
public sealed class NetHuntSandboxTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 7, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task NewRecord_SinceAndLimit_OldestAfterSinceNewestFirst()
    {
        using var sandbox = new NetHuntSandbox();
        var ids = sandbox.SeedRequests(5, T0);
        using var http = Client(sandbox);

        using var answer = await GetJsonAsync(http, $"{sandbox.BaseUrl}/triggers/new-record/{sandbox.Options.FolderId}?since=2026-05-07T12:00:00.000Z&limit=3");

        var returned = answer.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(returned, Is.EqualTo(new[] { ids[3], ids[2], ids[1] }), "since is exclusive: the record at 12:00:00 is left out");
    }

    [Test]
    public async Task UpdatedRecord_AfterMove_ListsTheRecordWithItsNewStatus()
    {
        using var sandbox = new NetHuntSandbox();
        var ids = sandbox.SeedRequests(2, T0);
        sandbox.MoveRequest(ids[1], StageCategory.Waiting, T0.AddHours(1));
        using var http = Client(sandbox);

        using var answer = await GetJsonAsync(http, $"{sandbox.BaseUrl}/triggers/updated-record/{sandbox.Options.FolderId}?since=1970-01-01T00:00:00.000Z&limit=10");

        var record = answer.RootElement.EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(record.GetProperty("id").GetString(), Is.EqualTo(ids[1]));
            Assert.That(record.GetProperty("fields").GetProperty("Status").GetString(), Is.EqualTo(NetHuntSandbox.WaitingStatus));
            Assert.That(record.GetProperty("updatedAt").GetString(), Is.EqualTo("2026-05-07T13:00:00.000Z"));
        }
    }

    [Test]
    public async Task RecordChange_LogsCreatesAndStatusChangesWithTheEditor()
    {
        using var sandbox = new NetHuntSandbox();
        var id = sandbox.SeedRequests(1, T0)[0];
        sandbox.MoveRequest(id, StageCategory.Working, T0.AddMinutes(5));
        using var http = Client(sandbox);

        using var answer = await GetJsonAsync(http, $"{sandbox.BaseUrl}/triggers/record-change/{sandbox.Options.FolderId}?since=2026-05-01T00:00:00Z&limit=10");

        var changes = answer.RootElement.EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes.Select(c => c.GetProperty("recordAction").GetString()), Is.EqualTo(new[] { "UPDATE", "CREATE" }));
            Assert.That(changes.Select(c => c.GetProperty("user").GetProperty("email").GetString()).Distinct(), Is.EqualTo(new[] { sandbox.Options.Email }));
        }
    }

    [Test]
    public async Task Feed_WithoutSince_IsABadRequest()
    {
        using var sandbox = new NetHuntSandbox();
        using var http = Client(sandbox);

        using var response = await http.GetAsync(new Uri($"{sandbox.BaseUrl}/triggers/new-record/{sandbox.Options.FolderId}?limit=10"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AnyCall_WrongApiKey_IsA401InPlainText()
    {
        using var sandbox = new NetHuntSandbox();
        using var http = Client(sandbox, apiKey: "wrong");

        using var response = await http.GetAsync(new Uri($"{sandbox.BaseUrl}/triggers/auth-test"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("Your email address or API key"));
        }
    }

    [Test]
    public async Task BurstLimit_OverTheBurst_Answers429WithRetryAfter()
    {
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { BurstLimit = 2, BurstWindow = TimeSpan.FromMinutes(1) });
        using var http = Client(sandbox);
        var url = new Uri($"{sandbox.BaseUrl}/triggers/auth-test");

        for (var i = 0; i < 2; i++)
        {
            using var ok = await http.GetAsync(url);
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var throttled = await http.GetAsync(url);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(throttled.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(sandbox.ThrottledCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task CreateAndDeleteRecord_ChangeTheFolder()
    {
        using var sandbox = new NetHuntSandbox();
        using var http = Client(sandbox);
        using var body = new StringContent("""{"timeZone":"Europe/Kyiv","fields":{"Name":"From the API","Status":"New"}}""", Encoding.UTF8, "application/json");

        using var created = await http.PostAsync(new Uri($"{sandbox.BaseUrl}/actions/create-record/{sandbox.Options.FolderId}"), body);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("recordId").GetString();
        var countAfterCreate = sandbox.RequestCount;
        using var deleted = await http.PostAsync(new Uri($"{sandbox.BaseUrl}/actions/delete-record/{id}"), null);
        using var found = await http.GetAsync(new Uri($"{sandbox.BaseUrl}/searches/find-record/{sandbox.Options.FolderId}?recordId={id}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(countAfterCreate, Is.EqualTo(1));
            Assert.That(sandbox.RequestCount, Is.Zero);
            Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    private static HttpClient Client(NetHuntSandbox sandbox, string? apiKey = null)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sandbox.Options.Email}:{apiKey ?? sandbox.Options.ApiKey}")));
        return http;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(new Uri(url));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
