using System.Net;

namespace CrmSupportHub.Worker.Tests.Dashboard;

/// <summary>The dashboard's pages over plain HTTP: sign-in, access rules, status codes, encoding, what each page shows.</summary>
[Category("EndToEnd")]
public sealed class DashboardPageTests
{
    private DashboardHub _hub = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _hub = await DashboardHub.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _hub.DisposeAsync();

    [TestCase("/")]
    [TestCase("/clients/acme")]
    [TestCase("/clients/acme/requests/1")]
    public async Task Page_Anonymous_RedirectsToLogin(string path)
    {
        using var http = _hub.Anonymous();

        using var response = await http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/login?ReturnUrl=" + Uri.EscapeDataString(path)));
    }

    [Test]
    public async Task Overview_ApiKeyHeaderWithoutCookie_RedirectsToLogin()
    {
        using var http = _hub.Anonymous();
        http.DefaultRequestHeaders.Add("X-Api-Key", DashboardHub.AdminKey);

        using var response = await http.GetAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the dashboard answers to its cookie only");
    }

    [Test]
    public async Task Login_WrongKey_Returns401WithMessageAndNoSession()
    {
        using var http = _hub.Anonymous();

        using var response = await DashboardHub.PostFormAsync(http, "/login", "/login", new() { ["key"] = "chk_not-a-key" });
        using var after = await http.GetAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("That API key is not valid"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Login_WithoutAntiforgeryToken_Returns400AndNoSession()
    {
        using var http = _hub.Anonymous();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = DashboardHub.AdminKey });

        using var response = await http.PostAsync("/login", form);
        using var after = await http.GetAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Login_ReturnUrl_GoesBackToThePageAsked()
    {
        using var http = _hub.Anonymous();

        using var response = await DashboardHub.PostFormAsync(
            http, "/login?ReturnUrl=%2Fclients%2Facme", "/login", new() { ["key"] = DashboardHub.AdminKey, ["returnUrl"] = "/clients/acme" });

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/clients/acme"));
    }

    [Test]
    public async Task Overview_Admin_ListsEveryClientAndMarksTheBreachedRow()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        var html = await http.GetStringAsync("/");

        var acme = Row(html, "acme");
        Assert.That(html, Does.Contain("data-client=\"beta\""));
        Assert.That(acme, Does.StartWith("<tr class=\"breached\""));
        Assert.That(acme, Does.Contain("BREACHED"), "urgency is written, not only coloured");
        Assert.That(acme, Does.Contain("class=\"countdown overdue\""));
        Assert.That(acme, Does.Contain("11 / 10"), "seats against the limit");
        Assert.That(Row(html, "beta"), Does.Contain("failing (1×)").And.Contain("The CRM refused the API token (HTTP 401)."));
        Assert.That(Row(html, "beta"), Does.Contain("not counted yet"), "no seat count: nothing borrowed from another client");
    }

    [Test]
    public async Task Overview_ScopedAnalyst_ListsOnlyTheirClients()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AnalystKey);

        var html = await http.GetStringAsync("/");

        Assert.That(html, Does.Contain("data-client=\"acme\""));
        Assert.That(html, Does.Not.Contain("beta"));
    }

    [TestCase("/clients/beta")]
    [TestCase("/clients/beta/requests/7")]
    public async Task Page_ClientOutsideScope_Returns403(string path)
    {
        using var http = await _hub.SignInAsync(DashboardHub.AnalystKey);

        using var response = await http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("does not give access to client &#x27;beta&#x27;"));
    }

    [TestCase("/clients/nobody")]
    [TestCase("/clients/acme/requests/999")]
    public async Task Page_Unknown_Returns404(string path)
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        using var response = await http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Not found"));
    }

    [TestCase("/")]
    [TestCase("/clients/acme")]
    [TestCase("/clients/acme/requests/3")]
    public async Task Page_RequestTitleWithScriptTag_IsEncoded(string path)
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        var html = await http.GetStringAsync(path);

        Assert.That(html, Does.Not.Contain("<script>alert"));
        if (path != "/")
        {
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; printer broken"));
        }
    }

    [Test]
    public async Task ClientPage_ListsOpenRequestsByTimeLeftWithLedgerChartAndSessions()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        var html = await http.GetStringAsync("/clients/acme");

        var order = new[] { "requests/1\"", "requests/2\"", "requests/3\"", "requests/4\"" }.Select(id => html.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.That(order, Is.Ordered.And.All.GreaterThan(0), "breached first, then by time left");
        Assert.That(html, Does.Contain("data-field=\"hours-left\""));
        Assert.That(html, Does.Contain("<svg class=\"chart\"").And.Contain("class=\"limit\""));
        Assert.That(html, Does.Contain("<h2>Sessions</h2>"));
        Assert.That(html, Does.Contain("data-left=\"").And.Contain("data-due=\""));
    }

    [Test]
    public async Task RequestPage_ShowsEventLogAndTimeline()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        var html = await http.GetStringAsync("/clients/acme/requests/2");

        Assert.That(html, Does.Contain("<h2>Event log</h2>").And.Contain("<td>Created</td>"));
        Assert.That(html, Does.Contain("<td>Counted</td>").And.Contain("<td>raised</td>"));
        Assert.That(html, Does.Contain("Start from "), "the contract version");
        Assert.That(html, Does.Contain("warning-0.8"));
    }

    [Test]
    public async Task Pages_SendSecurityHeaders()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        using var response = await http.GetAsync("/");

        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
    }

    [Test]
    public async Task Logout_EndsTheSession()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);

        using var response = await DashboardHub.PostFormAsync(http, "/", "/logout", []);
        using var after = await http.GetAsync("/");

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/login"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    private static string Row(string html, string clientId)
    {
        var start = html.LastIndexOf("<tr", html.IndexOf($"data-client=\"{clientId}\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return html[start..(html.IndexOf("</tr>", start, StringComparison.Ordinal) + 5)];
    }
}
