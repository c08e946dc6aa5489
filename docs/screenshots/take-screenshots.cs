#:package Microsoft.Playwright
#:property PublishAot=false
// Saves the README's dashboard screenshots from a running demo, with Debian's Chromium:
//   dotnet run --project src/CrmSupportHub.Worker -- --demo          (prints the URL and a login key)
//   dotnet run docs/screenshots/take-screenshots.cs -- http://localhost:5080 <login key>
using Microsoft.Playwright;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run docs/screenshots/take-screenshots.cs -- <dashboard URL> <login key> [output directory]");
    return 2;
}

var (baseUrl, key) = (args[0].TrimEnd('/'), args[1]);
var output = args.Length > 2 ? args[2] : Path.Combine("docs", "screenshots");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
var page = await browser.NewPageAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1600, Height = 820 } });

await page.GotoAsync("/login");
await page.FillAsync("input[name=key]", key);
await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
await page.WaitForSelectorAsync("table.overview");
await page.ScreenshotAsync(new() { Path = Path.Combine(output, "overview.png") });

// The client with the most open requests, opened at its list of requests.
await page.Locator("table.overview tbody tr").First.Locator("a").First.ClickAsync();
await page.WaitForSelectorAsync("table.requests");
await page.ScreenshotAsync(new() { Path = Path.Combine(output, "client.png") });
await page.Locator("#hours").ScrollIntoViewIfNeededAsync();
await page.ScreenshotAsync(new() { Path = Path.Combine(output, "client-hours.png") });

// A request whose resolution clock paused while it waited for the client, else the last one listed.
var links = await page.Locator("table.requests tbody a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
foreach (var link in links.Reverse())
{
    await page.GotoAsync(link);
    if (await page.Locator("table.timeline td", new() { HasTextString = "Paused" }).CountAsync() > 0)
    {
        break;
    }
}

await page.WaitForSelectorAsync("table.events");
await page.ScreenshotAsync(new() { Path = Path.Combine(output, "request.png"), FullPage = true });
Console.WriteLine($"Saved overview.png, client.png, client-hours.png and request.png in {Path.GetFullPath(output)}");
return 0;
