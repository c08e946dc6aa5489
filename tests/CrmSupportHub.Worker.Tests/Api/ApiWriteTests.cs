using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Application.Views;

namespace CrmSupportHub.Worker.Tests.Api;

[Category("EndToEnd")]
public sealed class ApiWriteTests
{
    private static readonly LedgerMonth March = new(2026, 3);
    private ApiFixture _api = null!;
    private HttpClient _admin = null!;
    private HttpClient _analyst = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _api = await ApiFixture.StartAsync();
        _admin = _api.Client(ApiFixture.AdminKey);
        _analyst = _api.Client(ApiFixture.AcmeKey);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        _analyst.Dispose();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task LogWork_StoresItUnderTheCaller_AndHoursLeftShrink()
    {
        using var response = await _analyst.PostAsJsonAsync(new Uri("/api/v1/clients/acme/work-entries", UriKind.Relative), new { minutes = 90, date = "2026-03-02", requestId = _api.OldRequest, note = "reset printer" });
        var acme = await ApiFixture.ReadAsync<ClientOverview>(await _analyst.GetAsync(new Uri("/api/v1/clients/acme", UriKind.Relative)));
        var entries = await ApiFixture.ReadAsync<List<WorkEntry>>(await _analyst.GetAsync(new Uri("/api/v1/clients/acme/work-entries?month=2026-03", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Does.StartWith("/api/v1/clients/acme/work-entries/"));
            Assert.That(acme.HoursLeftMinutes, Is.EqualTo(30 * 60 - 90), "carry-in is spent first");
            Assert.That(entries.Single().Analyst, Is.EqualTo("olena"), "the analyst is the caller, not a field one could forge");
        });
    }

    [Test]
    public async Task WorkLoggedBehindTheCachesBack_ShowsAtOnce()
    {
        var first = await ApiFixture.ReadAsync<ClientOverview>(await _analyst.GetAsync(new Uri("/api/v1/clients/acme", UriKind.Relative)));

        // As the CLI does from another process: straight to the ledger, no in-process cache invalidation.
        await Ledger.RecordAsync(new WorkEntryDraft("acme", null, "cli", new DateOnly(2026, 3, 2), 45), CancellationToken.None);
        var second = await ApiFixture.ReadAsync<ClientOverview>(await _analyst.GetAsync(new Uri("/api/v1/clients/acme", UriKind.Relative)));

        Assert.That(second.HoursLeftMinutes, Is.EqualTo(first.HoursLeftMinutes - 45));
    }

    [TestCase("{\"minutes\": -30, \"date\": \"2026-03-02\"}", "positive")]
    [TestCase("{\"minutes\": 0, \"date\": \"2026-03-02\"}", "positive")]
    [TestCase("{\"minutes\": 30, \"date\": \"02/03/2026\"}", "'date' must be a date as yyyy-MM-dd")]
    [TestCase("{\"minutes\": 30, \"date\": \"2026-03-09\"}", "future")]
    [TestCase("{\"minutes\": 30, \"date\": \"2025-12-31\"}", "contract")]
    [TestCase("{\"minutes\": 30, \"kind\": \"overtime\"}", "'kind' must be one of Support, Session, MiniProject, NotCovered")]
    [TestCase("{\"minutes\": \"thirty\"}", "body")]
    [TestCase("{\"minutes\": 30", "body")]
    public async Task BadWorkEntry_Is400_AndNothingIsStored(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _analyst.PostAsync(new Uri("/api/v1/clients/acme/work-entries", UriKind.Relative), content);
        var detail = await ApiFixture.DetailAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(detail, Does.Contain(expected).IgnoreCase);
        Assert.That(await Ledger.ListEntriesAsync("acme", March, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Correction_ReversesMinutes_AndOverReversalIsRefused()
    {
        var logged = await ApiFixture.ReadAsync<RecordedWork>(await _analyst.PostAsJsonAsync(new Uri("/api/v1/clients/acme/work-entries", UriKind.Relative), new { minutes = 60, date = "2026-03-02" }));
        using var ok = await _analyst.PostAsJsonAsync(new Uri($"/api/v1/clients/acme/work-entries/{logged.Entry.Id}/corrections", UriKind.Relative), new { minutes = -20, note = "typo" });
        using var tooMuch = await _analyst.PostAsJsonAsync(new Uri($"/api/v1/clients/acme/work-entries/{logged.Entry.Id}/corrections", UriKind.Relative), new { minutes = -100 });
        using var unknown = await _analyst.PostAsJsonAsync(new Uri("/api/v1/clients/acme/work-entries/4242/corrections", UriKind.Relative), new { minutes = -1 });

        Assert.Multiple(async () =>
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(tooMuch.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await Ledger.GetMonthAsync("acme", March, CancellationToken.None)).LoggedMinutes, Is.EqualTo(40));
        });
    }

    [Test]
    public async Task OverageApproval_ByAnAdmin_IsRecordedAndListed()
    {
        using var created = await _admin.PostAsJsonAsync(new Uri("/api/v1/clients/acme/overage-approvals", UriKind.Relative), new { month = "2026-03", hours = 5, reference = "mail 2026-03-02" });
        using var noReference = await _admin.PostAsJsonAsync(new Uri("/api/v1/clients/acme/overage-approvals", UriKind.Relative), new { month = "2026-03", hours = 5 });
        using var badMonth = await _admin.PostAsJsonAsync(new Uri("/api/v1/clients/acme/overage-approvals", UriKind.Relative), new { month = "03/2026", hours = 5, reference = "x" });
        var listed = await ApiFixture.ReadAsync<List<OverageApproval>>(await _admin.GetAsync(new Uri("/api/v1/clients/acme/overage-approvals?month=2026-03", UriKind.Relative)));

        Assert.Multiple(async () =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(noReference.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await ApiFixture.DetailAsync(noReference), Does.Contain("'reference' is required"));
            Assert.That(badMonth.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(listed.Single().ApprovedBy, Is.EqualTo("root"));
        });
    }

    [Test]
    public async Task Reaction_StopsTheClock_AndConversionCancelsIt()
    {
        using var reacted = await _analyst.PostAsJsonAsync(new Uri($"/api/v1/clients/acme/requests/{_api.OldRequest}/reactions", UriKind.Relative), new { note = "called" });
        using var converted = await _admin.PostAsJsonAsync(new Uri($"/api/v1/clients/acme/requests/{_api.NewRequest}/mini-project", UriKind.Relative), new { estimateHours = 16 });
        using var again = await _admin.PostAsJsonAsync(new Uri($"/api/v1/clients/acme/requests/{_api.NewRequest}/mini-project", UriKind.Relative), new { estimateHours = 16 });
        using var noEstimate = await _admin.PostAsJsonAsync(new Uri($"/api/v1/clients/acme/requests/{_api.OldRequest}/mini-project", UriKind.Relative), new { estimateHours = 0 });
        using var unknown = await _analyst.PostAsJsonAsync(new Uri("/api/v1/clients/acme/requests/777/reactions", UriKind.Relative), new { });
        var rows = await ApiFixture.ReadAsync<List<RequestRow>>(await _analyst.GetAsync(new Uri("/api/v1/requests?client=acme", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(reacted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(converted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(noEstimate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(rows.Single(r => r.RequestId == _api.OldRequest).Reaction!.State, Is.EqualTo(SlaClockState.Met));
            Assert.That(rows.Single(r => r.RequestId == _api.NewRequest).Reaction!.State, Is.EqualTo(SlaClockState.Cancelled));
        });
    }

    [Test]
    public async Task Session_IsRecorded_AndBadKindRefused()
    {
        using var held = await _analyst.PostAsJsonAsync(new Uri("/api/v1/clients/acme/sessions", UriKind.Relative), new { kind = "Roadmap", date = "2026-03-02" });
        using var bad = await _analyst.PostAsJsonAsync(new Uri("/api/v1/clients/acme/sessions", UriKind.Relative), new { kind = "Party", date = "2026-03-02" });
        var usage = await ApiFixture.ReadAsync<List<SessionUsage>>(await _analyst.GetAsync(new Uri("/api/v1/clients/acme/sessions?date=2026-03-02", UriKind.Relative)));

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(usage.Single(u => u.Kind == Core.Packages.SessionKind.Roadmap).Used, Is.EqualTo(1));
    }

    [Test]
    public async Task Breach_ShowsInTheListAndTheEvents()
    {
        _api.Sla.Time.Advance(TimeSpan.FromMinutes(10));
        await _api.Hub.Services.GetRequiredService<Worker.Sla.SlaMilestoneScheduler>().IdleAsync();
        var breached = await ApiFixture.ReadAsync<List<RequestRow>>(await _analyst.GetAsync(new Uri("/api/v1/requests?breached=true", UriKind.Relative)));
        var events = await ApiFixture.ReadAsync<List<Worker.Api.SlaEventView>>(await _analyst.GetAsync(new Uri("/api/v1/sla-events", UriKind.Relative)));

        Assert.That(breached.Single().RequestId, Is.EqualTo(_api.OldRequest));
        Assert.That(breached.Single().Reaction!.TimeLeft, Is.EqualTo(TimeSpan.FromMinutes(-5)));
        Assert.That(events.Select(e => e.Milestone), Does.Contain("breach"));
    }

    private LedgerService Ledger => _api.Hub.Services.GetRequiredService<LedgerService>();
}
