using System.Globalization;
using CrmSupportHub.Bench.Common;
using CrmSupportHub.Bench.Hub;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Bench.Backfill;

/// <summary>
/// One CRM's backfill: the worker's full sync against a sandbox that enforces the CRM's rate limit,
/// timed against the ceiling the limit sets, with the unthrottled time of the same sync beside it.
/// </summary>
/// <param name="Limit">Requests allowed in any rolling <paramref name="Window"/>.</param>
internal sealed record BackfillCase(string Crm, int Records, int PageSize, int Limit, TimeSpan Window)
{
    /// <summary>
    /// The least time N requests can take under a rolling window: the first <c>Limit</c> at once,
    /// each further <c>Limit</c> one window later: (ceil(N / Limit) - 1) windows.
    /// </summary>
    public TimeSpan Ceiling(int requests) => Window * Math.Max(0, ((requests + Limit - 1) / Limit) - 1);

    /// <param name="sandbox">Builds the sandbox: true for one that enforces the limit.</param>
    /// <param name="unlimitedClient">Settings that take the client's own pacing out of the unthrottled run.</param>
    public async Task RunAsync(Func<bool, ISandboxCrm> sandbox, IReadOnlyDictionary<string, string?> unlimitedClient, TextWriter output)
    {
        var free = await SyncAsync(sandbox(false), unlimitedClient);
        var limited = await SyncAsync(sandbox(true), new Dictionary<string, string?>());
        var ceiling = Ceiling(limited.Calls);
        var share = ceiling / limited.Time.Wall;
        var throttled = (double)limited.Throttled / limited.Calls;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            {Crm}: {Records:N0} records, {PageSize} a page, limit {Limit} requests per {Window.TotalSeconds:N0} s; {MachineLoad.Describe()}
              without the limit: {free.Calls} requests in {free.Time.Wall.TotalSeconds:F2} s
              with the limit:    {limited.Calls} requests in {limited.Time.Wall.TotalSeconds:F2} s, {limited.Throttled} answered 429 ({throttled:P1})
              ceiling (limit only): {ceiling.TotalSeconds:F2} s -> {share:P1} of the ceiling; target >= 90 % with < 1 % 429: {(share >= 0.9 && throttled < 0.01 ? "met" : "MISSED")}
            """));
    }

    private async Task<(Measured Time, int Calls, int Throttled)> SyncAsync(ISandboxCrm sandbox, IReadOnlyDictionary<string, string?> client)
    {
        using var crm = sandbox;
        crm.SeedRequests(Records, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var temp = new TempDirectory();
        var overrides = client.ToDictionary(kv => "CrmSupportHub:Clients:0:" + kv.Key, kv => kv.Value);
        await using var hub = await BenchHub.CreateAsync(temp.File("backfill.db"), [("backfill", crm)], overrides);
        var sync = hub.Services.GetRequiredService<RequestSyncService>();
        var (time, result) = await Measured.RunAsync(() => sync.SyncAsync("backfill", full: true, progress: null, CancellationToken.None));
        if (!result.Succeeded || result.Changed != Records)
        {
            throw new InvalidOperationException($"{Crm}: the backfill stored {result.Changed} of {Records} records: {result.Error}");
        }

        return (time, crm.CallCount, crm.ThrottledCount);
    }
}
