using System.Net;

namespace CrmSupportHub.Worker.Tests.Api;

[Category("EndToEnd")]
public sealed class ApiAuthTests
{
    private ApiFixture _api = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _api = await ApiFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [TestCase("/api/v1/clients")]
    [TestCase("/api/v1/requests")]
    [TestCase("/api/v1/sla-events")]
    [TestCase("/api/v1/clients/acme")]
    [TestCase("/api/v1/clients/acme/work-entries")]
    [TestCase("/api/v1/clients/acme/statements/2026-03")]
    public async Task NoKey_Is401_WithAHint(string path)
    {
        using var http = _api.Client(null);
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await ApiFixture.DetailAsync(response), Does.Contain("X-Api-Key"));
    }

    [Test]
    public async Task WrongKey_Is401_AndTheKeyIsNotEchoed()
    {
        const string wrong = "chk_not-a-real-key-but-a-secret-looking-string";
        using var http = _api.Client(wrong);
        using var response = await http.GetAsync(new Uri("/api/v1/clients", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(wrong));
    }

    [Test]
    public async Task BearerKey_IsAccepted()
    {
        using var http = _api.Client(null);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFixture.AdminKey);
        using var response = await http.GetAsync(new Uri("/api/v1/clients", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ScopedKey_SeesOnlyItsClients()
    {
        using var acme = _api.Client(ApiFixture.AcmeKey);
        using var admin = _api.Client(ApiFixture.AdminKey);

        var scoped = await ApiFixture.ReadAsync<List<Application.Views.ClientOverview>>(await acme.GetAsync(new Uri("/api/v1/clients", UriKind.Relative)));
        var all = await ApiFixture.ReadAsync<List<Application.Views.ClientOverview>>(await admin.GetAsync(new Uri("/api/v1/clients", UriKind.Relative)));

        Assert.That(scoped.Select(c => c.Id), Is.EqualTo(new[] { "acme" }));
        Assert.That(all.Select(c => c.Id), Is.EquivalentTo(new[] { "acme", "beta" }));
    }

    [TestCase("/api/v1/clients/beta")]
    [TestCase("/api/v1/clients/beta/work-entries")]
    [TestCase("/api/v1/clients/beta/statements/2026-03")]
    [TestCase("/api/v1/requests?client=beta")]
    [TestCase("/api/v1/sla-events?client=beta")]
    [TestCase("/api/v1/clients/does-not-exist")]
    public async Task OtherClientsData_Is403_ForAScopedKey(string path)
    {
        using var http = _api.Client(ApiFixture.AcmeKey);
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ApiFixture.DetailAsync(response), Does.Contain("does not give access"));
    }

    [Test]
    public async Task WorkForAnotherClient_Is403_AndNothingIsStored()
    {
        using var http = _api.Client(ApiFixture.AcmeKey);
        using var response = await http.PostAsync(
            new Uri("/api/v1/clients/beta/work-entries", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { minutes = 30, date = "2026-03-02" }));

        var ledger = _api.Hub.Services.GetRequiredService<Core.Ledger.LedgerService>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ledger.ListEntriesAsync("beta", new Core.Ledger.LedgerMonth(2026, 3), CancellationToken.None), Is.Empty);
    }

    [TestCase("/api/v1/clients/acme/requests/{0}/mini-project", "{\"estimateHours\": 8}")]
    [TestCase("/api/v1/clients/acme/overage-approvals", "{\"month\": \"2026-03\", \"hours\": 2, \"reference\": \"mail\"}")]
    public async Task AdminOnlyActions_Are403_ForAnAnalyst(string path, string body)
    {
        using var http = _api.Client(ApiFixture.AcmeKey);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _api.OldRequest), UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task OpenApiDocument_IsServedWithoutAKey_AndListsTheEndpoints()
    {
        using var http = _api.Client(null);
        var document = await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.That(document, Does.Contain("/api/v1/clients/{clientId}/work-entries"));
        Assert.That(document, Does.Contain("/api/v1/requests"));
        Assert.That(document, Does.Contain("/api/v1/clients/{clientId}/statements/{month}"));
    }
}
