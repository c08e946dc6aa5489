using System.Net;
using System.Text.RegularExpressions;

namespace CrmSupportHub.Worker.Tests.Dashboard;

/// <summary>The "log hours" form over plain HTTP: logged work redirects back with less left; a refused form stores nothing.</summary>
[Category("EndToEnd")]
public sealed class LogHoursFormTests
{
    private DashboardHub _hub = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _hub = await DashboardHub.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _hub.DisposeAsync();

    [Test]
    public async Task LogHours_Valid_RedirectsBackShowingLessHoursLeft()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);
        var before = HoursLeft(await http.GetStringAsync("/clients/acme"));

        using var response = await DashboardHub.PostFormAsync(http, "/clients/acme", "/clients/acme/work", Form("45"));
        var location = response.Headers.Location!.ToString();
        var after = await http.GetStringAsync(location);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(location, Does.StartWith("/clients/acme?logged="));
        Assert.That(after, Does.Contain("Logged 45 min on"));
        Assert.That(HoursLeft(after), Is.Not.EqualTo(before));
    }

    [TestCase("0", "Minutes must be positive")]
    [TestCase("abc", "Minutes must be a whole number")]
    [TestCase("30", "has no request &#x27;999&#x27;", "999")]
    public async Task LogHours_Refused_Returns400WithReasonAndStoresNothing(string minutes, string reason, string requestId = "")
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);
        var entries = await _hub.EntryCountAsync("acme");
        var form = Form(minutes);
        form["requestId"] = requestId;

        using var response = await DashboardHub.PostFormAsync(http, "/clients/acme", "/clients/acme/work", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("Nothing was logged").And.Contain(reason));
        Assert.That(html, Does.Contain($"name=\"minutes\" min=\"1\" step=\"1\" required value=\"{minutes}\""), "the form keeps what was typed");
        Assert.That(await _hub.EntryCountAsync("acme"), Is.EqualTo(entries));
    }

    [Test]
    public async Task LogHours_DateInFuture_ShowsTheLedgersReason()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);
        var form = Form("30");
        form["date"] = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await DashboardHub.PostFormAsync(http, "/clients/acme", "/clients/acme/work", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Nothing was logged").And.Contain("future"));
    }

    [Test]
    public async Task LogHours_WithoutAntiforgeryToken_Returns400AndStoresNothing()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AdminKey);
        var entries = await _hub.EntryCountAsync("acme");
        using var form = new FormUrlEncodedContent(Form("30"));

        using var response = await http.PostAsync("/clients/acme/work", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await _hub.EntryCountAsync("acme"), Is.EqualTo(entries));
    }

    [Test]
    public async Task LogHours_ClientOutsideScope_Returns403AndStoresNothing()
    {
        using var http = await _hub.SignInAsync(DashboardHub.AnalystKey);
        var entries = await _hub.EntryCountAsync("beta");

        using var response = await DashboardHub.PostFormAsync(http, "/", "/clients/beta/work", Form("30"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await _hub.EntryCountAsync("beta"), Is.EqualTo(entries));
    }

    private static Dictionary<string, string> Form(string minutes) => new()
    {
        ["minutes"] = minutes,
        ["date"] = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["kind"] = "Support",
        ["note"] = "checked the export",
    };

    private static string HoursLeft(string html) => Regex.Match(html, "data-field=\"hours-left\"><strong>([^<]+)</strong>").Groups[1].Value;
}
