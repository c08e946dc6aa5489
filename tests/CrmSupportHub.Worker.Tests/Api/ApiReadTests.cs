using System.Net;
using System.Text.Json;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Tests.Api;

[Category("EndToEnd")]
public sealed class ApiReadTests
{
    private ApiFixture _api = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _api = await ApiFixture.StartAsync();
        _http = _api.Client(ApiFixture.AdminKey);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task Client_ShowsContractSeatsRequestsHoursAndSyncHealth()
    {
        var acme = await ApiFixture.ReadAsync<ClientOverview>(await _http.GetAsync(new Uri("/api/v1/clients/acme", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(acme.Package, Is.EqualTo(Core.Packages.PackageTier.Medium));
            Assert.That(acme.SeatLimit, Is.EqualTo(30));
            Assert.That(acme.OpenRequests, Is.EqualTo(2));
            Assert.That(acme.AtRisk, Is.EqualTo(1), "55 of 60 minutes used: past the 80 % warning");
            Assert.That(acme.WorstTimeLeft, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(acme.BucketMinutes, Is.EqualTo(20 * 60));
            Assert.That(acme.HoursLeftMinutes, Is.EqualTo(30 * 60), "20 h bucket + 10 h rolled over from a quiet February (50 % cap)");
            Assert.That(acme.Sync.Single(s => s.Stream == "requests").Healthy, Is.True);
        });
    }

    [Test]
    public async Task UnknownClient_Is404_ForAnAdmin()
    {
        using var response = await _http.GetAsync(new Uri("/api/v1/clients/nope", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ApiFixture.DetailAsync(response), Does.Contain("Unknown client 'nope'"));
    }

    [Test]
    public async Task Requests_AreSortedByTimeLeft_AndFilterable()
    {
        var all = await ApiFixture.ReadAsync<List<RequestRow>>(await _http.GetAsync(new Uri("/api/v1/requests?client=acme", UriKind.Relative)));
        var atRisk = await ApiFixture.ReadAsync<List<RequestRow>>(await _http.GetAsync(new Uri("/api/v1/requests?atRisk=true", UriKind.Relative)));
        var breached = await ApiFixture.ReadAsync<List<RequestRow>>(await _http.GetAsync(new Uri("/api/v1/requests?breached=true", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(r => r.RequestId), Is.EqualTo(new[] { _api.OldRequest, _api.NewRequest }));
            Assert.That(all[0].Reaction!.TimeLeft, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(all[1].Reaction!.Urgency, Is.EqualTo(ClockUrgency.Normal));
            Assert.That(atRisk.Select(r => r.RequestId), Is.EqualTo(new[] { _api.OldRequest }));
            Assert.That(breached, Is.Empty);
        });
    }

    [TestCase("/api/v1/requests?state=Sleeping", "'state' must be one of Running, Paused, Met, Breached, Cancelled")]
    [TestCase("/api/v1/requests?client=nope", "Unknown client 'nope'")]
    [TestCase("/api/v1/requests?atRisk=maybe", "atRisk")]
    [TestCase("/api/v1/clients/acme/work-entries?month=2026-13", "'month' must be a month as yyyy-MM")]
    [TestCase("/api/v1/clients/acme/months/March", "'month' must be a month as yyyy-MM")]
    [TestCase("/api/v1/clients/acme/seats?from=02.03.2026", "'from' must be a date as yyyy-MM-dd")]
    [TestCase("/api/v1/clients/acme/seats?from=2026-03-05&to=2026-03-01", "'from' must be before 'to'")]
    [TestCase("/api/v1/clients/acme/statements/2026-03?format=pdf", "'pdf' is not a statement format")]
    [TestCase("/api/v1/clients/acme/sessions?date=tomorrow", "'date' must be a date as yyyy-MM-dd")]
    [TestCase("/api/v1/sla-events?since=yesterday", "'since' must be an ISO 8601 instant")]
    public async Task BadQuery_Is400_SayingWhatToFix(string path, string expected)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(400).Or.EqualTo(404));
        Assert.That(await ApiFixture.DetailAsync(response), Does.Contain(expected));
    }

    [Test]
    public async Task Request_ShowsItsEventLogAndTimeline()
    {
        using var response = await _http.GetAsync(new Uri($"/api/v1/clients/acme/requests/{_api.OldRequest}", UriKind.Relative));
        using var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = detail.RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(root.GetProperty("events")[0].GetProperty("kind").GetString(), Is.EqualTo("Created"));
        var period = root.GetProperty("reaction").GetProperty("timeline")[0];
        Assert.That(period.GetProperty("kind").GetString(), Is.EqualTo("Counted"));
        Assert.That(period.TryGetProperty("contract", out _), Is.True, "each period names the contract version that applied");
    }

    [Test]
    public async Task UnknownRequest_Is404()
    {
        using var response = await _http.GetAsync(new Uri("/api/v1/clients/acme/requests/999999", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ApiFixture.DetailAsync(response), Does.Contain("no request '999999'"));
    }

    [Test]
    public async Task MonthSeatsSessionsAndStatements_AreServed()
    {
        using var month = await _http.GetAsync(new Uri("/api/v1/clients/acme/months/2026-03", UriKind.Relative));
        using var seats = await _http.GetAsync(new Uri("/api/v1/clients/acme/seats", UriKind.Relative));
        using var sessions = await _http.GetAsync(new Uri("/api/v1/clients/acme/sessions", UriKind.Relative));
        using var json = await _http.GetAsync(new Uri("/api/v1/clients/acme/statements/2026-03", UriKind.Relative));
        using var csv = await _http.GetAsync(new Uri("/api/v1/clients/acme/statements/2026-03?format=csv", UriKind.Relative));
        using var md = await _http.GetAsync(new Uri("/api/v1/clients/acme/statements/2026-03?format=md", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(month.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await month.Content.ReadAsStringAsync(), Does.Contain("\"bucketMinutes\":1200"));
            Assert.That(seats.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(sessions.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(md.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/markdown"));
            Assert.That(await md.Content.ReadAsStringAsync(), Does.Contain("2026-03"));
        });
    }

    [Test]
    public async Task SlaEvents_ListTheWarningsThatFired()
    {
        var events = await ApiFixture.ReadAsync<List<Worker.Api.SlaEventView>>(await _http.GetAsync(new Uri("/api/v1/sla-events?client=acme", UriKind.Relative)));

        Assert.That(events.Select(e => e.Milestone), Is.EquivalentTo(new[] { "warning-0.5", "warning-0.8" }));
        Assert.That(events.All(e => e.RequestId == _api.OldRequest), Is.True);
    }
}
