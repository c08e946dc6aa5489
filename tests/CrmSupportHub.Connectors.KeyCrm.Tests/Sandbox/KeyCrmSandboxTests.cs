using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Sandbox;

/// <summary>The emulator behaves like KeyCRM where the connector depends on it.</summary>
public sealed class KeyCrmSandboxTests
{
    private FakeTimeProvider _time = null!;
    private KeyCrmSandbox _sandbox = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Start()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        _sandbox = new KeyCrmSandbox(new KeyCrmSandboxOptions { TimeProvider = _time });
        _http = new HttpClient();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _sandbox.Options.ApiToken);
    }

    [TearDown]
    public void Stop()
    {
        _http.Dispose();
        _sandbox.Dispose();
    }

    [Test]
    public async Task Get_WithoutBearerKey_Is401()
    {
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(Url("/users"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Cards_LimitAbove50_Is400WithKeyCrmMessage()
    {
        var (status, body) = await GetAsync("/pipelines/cards?limit=51");

        Assert.That((status, Message(body)), Is.EqualTo((HttpStatusCode.BadRequest, "The limit may not be greater than 50.")));
    }

    [Test]
    public async Task Cards_UnknownFilter_Is400ListingTheAllowedOnes()
    {
        var (status, body) = await GetAsync("/pipelines/cards?filter[contact.phone]=123");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Message(body), Is.EqualTo(
                "Requested filter(s) `contact.phone` are not allowed. Allowed filter(s) are `pipeline_id, status_id, source_id, created_between, updated_between`."));
        }
    }

    [Test]
    public async Task Cards_UnknownInclude_Is400()
    {
        var (status, _) = await GetAsync("/pipelines/cards?include=status,owner");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("2026-05-01%2009:00:00,%202026-05-01%2009:00:10")]
    [TestCase("2026-05-01+09:00:00,2026-05-01+09:00:10")]
    public async Task Cards_UpdatedBetween_IsInclusiveWithOrWithoutTheSpace(string range)
    {
        var at = _time.GetUtcNow();
        _sandbox.CreateCard("before", at.AddSeconds(-1));
        _sandbox.CreateCard("first", at);
        _sandbox.CreateCard("last", at.AddSeconds(10));
        _sandbox.CreateCard("after", at.AddSeconds(11));

        var (_, body) = await GetAsync($"/pipelines/cards?filter[updated_between]={range}");

        Assert.That(Titles(body), Is.EqualTo(new[] { "first", "last" }));
    }

    [Test]
    public async Task Cards_BadRange_Is400()
    {
        var (status, _) = await GetAsync("/pipelines/cards?filter[updated_between]=yesterday");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Cards_Pages_UseLaravelsEnvelope()
    {
        _sandbox.SeedRequests(5, _time.GetUtcNow());

        var (_, second) = await GetAsync("/pipelines/cards?limit=2&page=2&include=status");
        var (_, last) = await GetAsync("/pipelines/cards?limit=2&page=3");

        using var page = JsonDocument.Parse(second);
        var root = page.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("total").GetInt32(), Is.EqualTo(5));
            Assert.That(root.GetProperty("current_page").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("per_page").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("next_page_url").GetString(), Does.EndWith("/pipelines/cards?page=3"));
            Assert.That(root.GetProperty("last_page_url").GetString(), Does.EndWith("?page=3"));
            Assert.That(root.GetProperty("data")[0].GetProperty("status").GetProperty("pipeline_id").GetInt64(), Is.EqualTo(KeyCrmSandbox.SupportPipelineId));
            Assert.That(root.GetProperty("data")[0].TryGetProperty("pipeline_id", out _), Is.False, "a card has no pipeline_id of its own");
            Assert.That(JsonDocument.Parse(last).RootElement.GetProperty("next_page_url").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task Requests_61stInAMinute_Is429WithRetryAfter()
    {
        for (var i = 0; i < 60; i++)
        {
            using var ok = await _http.GetAsync(Url("/users"));
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var throttled = await _http.GetAsync(Url("/users"));
        _time.Advance(TimeSpan.FromMinutes(1));
        using var later = await _http.GetAsync(Url("/users"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(throttled.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_sandbox.ThrottledCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Card_DeletedOrUnknown_Is404()
    {
        var card = _sandbox.CreateCard("x");
        _sandbox.DeleteCard(card.Id);

        var (status, _) = await GetAsync($"/pipelines/cards/{card.Id}");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task InjectFault_AfterCalls_LetsThoseSucceedFirst()
    {
        _sandbox.InjectFault(SandboxFault.BadGateway, times: 1, afterCalls: 1);

        var (first, _) = await GetAsync("/users");
        var (second, _) = await GetAsync("/users");
        var (third, _) = await GetAsync("/users");

        Assert.That(new[] { first, second, third }, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.BadGateway, HttpStatusCode.OK }));
    }

    private Uri Url(string path) => new(_sandbox.BaseUrl + path);

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(Url(path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string? Message(string body) => JsonDocument.Parse(body).RootElement.GetProperty("message").GetString();

    private static List<string?> Titles(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
}
