using System.Net;
using System.Text.Json;
using CrmSupportHub.Sandbox.Pipedrive;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Sandbox;

/// <summary>The emulator itself (it has no test project of its own): auth, limits, paging, webhooks.</summary>
public class PipedriveSandboxTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Get_WithoutToken_Is401WithTheErrorEnvelope()
    {
        using var sandbox = new PipedriveSandbox();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(sandbox.BaseUrl + "/api/v1/users"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(body.RootElement.GetProperty("success").GetBoolean(), Is.False);
            Assert.That(body.RootElement.GetProperty("error").GetString(), Is.EqualTo("unauthorized access"));
        }
    }

    [Test]
    public async Task Get_OverTheBurstLimit_Is429UntilTheWindowRolls()
    {
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { TimeProvider = _time, BurstLimit = 2, RetryAfterOnBurst = true });
        using var http = Client(sandbox);

        using var first = await http.GetAsync(new Uri("/api/v1/users", UriKind.Relative));
        using var second = await http.GetAsync(new Uri("/api/v1/users", UriKind.Relative));
        using var third = await http.GetAsync(new Uri("/api/v1/users", UriKind.Relative));
        _time.Advance(TimeSpan.FromSeconds(2));
        using var fourth = await http.GetAsync(new Uri("/api/v1/users", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Header(first, "x-ratelimit-remaining"), Is.EqualTo("1"));
            Assert.That(Header(second, "x-ratelimit-remaining"), Is.EqualTo("0"));
            Assert.That(Header(second, "x-ratelimit-reset"), Is.EqualTo("2"));
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(third.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(fourth.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(sandbox.ThrottledCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetDeals_LimitOver500_Is400()
    {
        using var sandbox = new PipedriveSandbox();
        using var http = Client(sandbox);

        using var response = await http.GetAsync(new Uri("/api/v2/deals?limit=501", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task GetDeals_DealMovedWhilePaging_IsNeitherSkippedNorShifted()
    {
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { TimeProvider = _time });
        sandbox.SeedRequests(4, _time.GetUtcNow().AddHours(-1));
        using var http = Client(sandbox);
        const string Query = "/api/v2/deals?pipeline_id=1&sort_by=update_time&limit=2";

        var (page1, cursor) = await DealsAsync(http, Query);
        sandbox.MoveDeal(1, PipedriveSandbox.InProgressStageId, _time.GetUtcNow());
        var (page2, cursor2) = await DealsAsync(http, Query + "&cursor=" + Uri.EscapeDataString(cursor!));
        var (page3, last) = await DealsAsync(http, Query + "&cursor=" + Uri.EscapeDataString(cursor2!));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page1.Concat(page2).Concat(page3), Is.EqualTo(new long[] { 1, 2, 3, 4, 1 }), "keyset paging: the moved deal comes again at the end");
            Assert.That(last, Is.Null);
        }
    }

    [Test]
    public async Task GetDeals_PagedDescending_ListsEveryDealOnceNewestFirst()
    {
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { TimeProvider = _time });
        sandbox.SeedRequests(5, _time.GetUtcNow().AddHours(-1));
        using var http = Client(sandbox);

        var ids = await AllDealsAsync(http, "/api/v2/deals?pipeline_id=1&sort_by=update_time&sort_direction=desc&limit=2");

        Assert.That(ids, Is.EqualTo(new long[] { 5, 4, 3, 2, 1 }));
    }

    [Test]
    public async Task GetDeals_PagedWithAFilter_SkipsDealsThatDoNotMatchAcrossPages()
    {
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { TimeProvider = _time });
        sandbox.SeedRequests(6, _time.GetUtcNow().AddHours(-2));
        sandbox.DeleteDeal(2, _time.GetUtcNow().AddHours(-1));
        sandbox.DeleteDeal(5, _time.GetUtcNow().AddMinutes(-30));
        using var http = Client(sandbox);

        var open = await AllDealsAsync(http, "/api/v2/deals?pipeline_id=1&sort_by=update_time&limit=2");
        var deleted = await AllDealsAsync(http, "/api/v2/deals?pipeline_id=1&status=deleted&sort_by=update_time&limit=1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(open, Is.EqualTo(new long[] { 1, 3, 4, 6 }));
            Assert.That(deleted, Is.EqualTo(new long[] { 2, 5 }));
        }
    }

    [Test]
    public void CreateDealWebhook_DeletedDeal_IsADeleteWithDataNullAndPreviousState()
    {
        using var sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { TimeProvider = _time });
        var deal = sandbox.CreateDeal("Broken printer");
        sandbox.DeleteDeal(deal.Id);

        var webhook = sandbox.CreateDealWebhook(deal.Id);

        using var body = JsonDocument.Parse(webhook.Body);
        var root = body.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("meta").GetProperty("action").GetString(), Is.EqualTo("delete"));
            Assert.That(root.GetProperty("meta").GetProperty("entity_id").GetString(), Is.EqualTo($"{deal.Id}"));
            Assert.That(root.GetProperty("data").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("previous").GetProperty("title").GetString(), Is.EqualTo("Broken printer"));
            Assert.That(webhook.Headers["Authorization"], Is.EqualTo(PipedriveSandbox.BasicAuthorization(sandbox.Options.WebhookUsername, sandbox.Options.WebhookPassword)));
        }
    }

    private static HttpClient Client(PipedriveSandbox sandbox)
    {
        var http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl) };
        http.DefaultRequestHeaders.Add("x-api-token", sandbox.Options.ApiToken);
        return http;
    }

    private static async Task<(List<long> Ids, string? Next)> DealsAsync(HttpClient http, string query)
    {
        using var body = JsonDocument.Parse(await http.GetStringAsync(new Uri(query, UriKind.Relative)));
        var ids = body.RootElement.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();
        return (ids, body.RootElement.GetProperty("additional_data").GetProperty("next_cursor").GetString());
    }

    private static async Task<List<long>> AllDealsAsync(HttpClient http, string query)
    {
        var ids = new List<long>();
        string? cursor = null;
        do
        {
            var (page, next) = await DealsAsync(http, cursor is null ? query : query + "&cursor=" + Uri.EscapeDataString(cursor));
            ids.AddRange(page);
            cursor = next;
        }
        while (cursor is not null);

        return ids;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
