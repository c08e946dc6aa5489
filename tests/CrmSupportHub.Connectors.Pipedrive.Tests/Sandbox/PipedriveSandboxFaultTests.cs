using System.Text.Json;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Sandbox;

/// <summary>The sandbox's shared fault injection, seen from a plain HTTP client (the emulators have no test project of their own).</summary>
public sealed class PipedriveSandboxFaultTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private PipedriveSandbox _sandbox = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Start()
    {
        _sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        _sandbox.SeedRequests(5, T0);
        _http = new HttpClient { BaseAddress = new Uri(_sandbox.BaseUrl) };
        _http.DefaultRequestHeaders.Add("x-api-token", _sandbox.Options.ApiToken);
    }

    [TearDown]
    public void Stop()
    {
        _http.Dispose();
        _sandbox.Dispose();
    }

    [Test]
    public async Task ConnectionReset_DropsTheConnectionBeforeAnyAnswer()
    {
        _sandbox.InjectFault(SandboxFault.ConnectionReset);

        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync(new Uri("/api/v2/deals", UriKind.Relative)));
    }

    [Test]
    public async Task TruncatedBody_PromisesTheWholeBodyAndDeliversHalf()
    {
        _sandbox.InjectFault(SandboxFault.TruncatedBody);

        using var response = await _http.GetAsync(new Uri("/api/v2/deals", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var promised = response.Content.Headers.ContentLength;

        await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsByteArrayAsync());
        Assert.That(promised, Is.GreaterThan(100), "the headers arrived, promising the whole body");
    }

    [Test]
    public async Task EmptyPage_HasNoDealsAndACursorThatResumesWhereItBegan()
    {
        var (_, next) = await PageAsync("/api/v2/deals?limit=2");
        _sandbox.InjectFault(SandboxFault.EmptyPage);

        var (ids, again) = await PageAsync($"/api/v2/deals?limit=2&cursor={next}");

        Assert.That((ids, again), Is.EqualTo((new List<long>(), next)));
    }

    [Test]
    public async Task RepeatedPage_SendsThePreviousPageAgain()
    {
        var first = await PageAsync("/api/v2/deals?limit=2");
        _sandbox.InjectFault(SandboxFault.RepeatedPage);

        var repeated = await PageAsync($"/api/v2/deals?limit=2&cursor={first.Next}");

        Assert.That(repeated, Is.EqualTo(first));
    }

    [Test]
    public async Task StalePage_AddsDealsOlderThanUpdatedSince()
    {
        _sandbox.InjectFault(SandboxFault.StalePage);

        var (ids, _) = await PageAsync("/api/v2/deals?sort_by=update_time&updated_since=2026-05-01T09:00:03Z");

        Assert.That(ids, Is.EqualTo(new long[] { 4, 5, 3, 2 }), "the two newest deals before the watermark follow the page");
    }

    private async Task<(List<long> Ids, string? Next)> PageAsync(string query)
    {
        using var body = JsonDocument.Parse(await _http.GetStringAsync(new Uri(query, UriKind.Relative)));
        var ids = body.RootElement.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();
        return (ids, body.RootElement.GetProperty("additional_data").GetProperty("next_cursor").GetString());
    }
}
