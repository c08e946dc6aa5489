using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmSupportHub.Worker.Tests.Dashboard;

/// <summary>The dashboard in headless Chromium (Debian's package): one browser and one hub for the fixture, a fresh context per test.</summary>
[Category("EndToEnd")]
[Category("Browser")]
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private DashboardHub _hub = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IBrowserContext _context = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Assert.That(File.Exists(Chromium), Is.True, "apt-get install -y chromium (.ci/run does)");
        _hub = await DashboardHub.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _hub.DisposeAsync();
    }

    [SetUp]
    public async Task NewContextAsync()
    {
        _context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _hub.BaseAddress.ToString().TrimEnd('/') });
        _context.SetDefaultTimeout(15_000);
    }

    [TearDown]
    public async Task CloseContextAsync() => await _context.DisposeAsync();

    [Test]
    public async Task Analyst_SignsInOpensAClientSeesTheCountdownTickAndLogsHours()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, DashboardHub.AdminKey);

        var acme = page.Locator("tr[data-client=acme]");
        await Expect(acme).ToHaveClassAsync("breached");
        await Expect(acme).ToContainTextAsync("BREACHED");

        await acme.GetByRole(AriaRole.Link, new() { Name = "Acme Ltd" }).ClickAsync();
        await page.WaitForURLAsync("**/clients/acme");
        var countdown = page.Locator("tr:has(a[href='/clients/acme/requests/4']) .countdown");
        var shown = await countdown.TextContentAsync();
        await Expect(countdown).Not.ToHaveTextAsync(shown!, new() { Timeout = 5_000 });
        Assert.That(await countdown.TextContentAsync(), Does.Match(@"^0:\d\d:\d\d left$"));

        var hoursLeft = page.Locator("[data-field=hours-left]");
        await Expect(hoursLeft).ToHaveTextAsync("10 h");
        await page.Locator("select[name=requestId]").SelectOptionAsync("2");
        await page.FillAsync("input[name=minutes]", "90");
        await page.FillAsync("input[name=note]", "fixed the Excel export");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();

        await page.WaitForURLAsync("**/clients/acme?logged=*");
        await Expect(page.Locator("#notice")).ToContainTextAsync("Logged 1 h 30 min");
        await Expect(hoursLeft).ToHaveTextAsync("8 h 30 min");
        await Expect(page.Locator("table.entries")).ToContainTextAsync("fixed the Excel export");
    }

    [Test]
    public async Task SignIn_WrongKey_StaysOnTheFormWithTheReason()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=key]", "chk_this-is-not-a-key");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/login", StringComparison.Ordinal));

        Assert.That(response.Status, Is.EqualTo(401));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That API key is not valid");
        await Expect(page.Locator("input[name=key]")).ToBeVisibleAsync();
    }

    [Test]
    public async Task LogOut_ReturnsToTheFormAndClosesThePages()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/login");
        await SignInAsync(page, DashboardHub.AnalystKey);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/clients/acme");

        await page.WaitForURLAsync("**/login?ReturnUrl=%2Fclients%2Facme");
        await Expect(page.Locator("input[name=key]")).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string key)
    {
        await page.FillAsync("input[name=key]", key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Clients");
    }
}
