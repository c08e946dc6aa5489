using System.Text.Json;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;
using static CrmSupportHub.Core.Tests.Ledger.Seeded;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>
/// Random months of work through the service, with corrections, late entries, approvals and month
/// closing in between: closed months never change and nothing lands in them after closing.
/// </summary>
public sealed class LedgerClosingPropertyTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] Requests = ["R-1", "R-2", "R-3"];

    [Test]
    public Task Service_RandomMonthsWithClosing_ClosedMonthsNeverChange() => ForAllAsync(500, async rng =>
    {
        var zone = rng.Pick("UTC", "Europe/Kyiv", "Pacific/Auckland", "America/New_York");
        var client = LedgerClients.Client(rng.Pick(PackageTier.Start, PackageTier.Medium, PackageTier.Large), timeZone: zone);
        var h = new LedgerHarness(client, new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
        var frozen = new Dictionary<LedgerMonth, (string Json, int EntriesBefore)>();
        for (var step = 0; step < 40; step++)
        {
            h.Time.Advance(TimeSpan.FromHours(rng.Next(0, 60)));
            var today = client.LocalDate(h.Time.GetUtcNow());
            try
            {
                await RandomStepAsync(rng, h, today, frozen);
            }
            catch (LedgerException refused) when (refused.Code is LedgerErrorCode.OverReversal or LedgerErrorCode.BeforeContractStart or LedgerErrorCode.AlreadyConverted)
            {
                // Refusals are part of the property: the ledger must stay consistent around them.
            }
        }

        foreach (var (month, (json, entriesBefore)) in frozen)
        {
            var now = JsonSerializer.Serialize(await h.Ledger.GetMonthAsync("acme", month, None), LedgerJson.Options);
            Check(now == json, () => $"closed {month} changed:\n{json}\n{now}");
            var landed = h.Store.Entries.Skip(entriesBefore).FirstOrDefault(e => e.Month <= month);
            Check(landed is null, () => $"entry #{landed!.Id} landed in {landed.Month} after {month} was closed");
        }

        var open = frozen.Count == 0 ? (LedgerMonth?)null : frozen.Keys.Max().Following();
        if (open is { } next)
        {
            var carried = (await h.Ledger.GetMonthAsync("acme", next, None)).CarryInMinutes;
            var closedCarryOut = (await h.Ledger.GetMonthAsync("acme", next.Preceding(), None)).CarryOutMinutes;
            Check(carried == closedCarryOut, () => $"{next} carries in {carried}, the closed month carried out {closedCarryOut}");
        }
    });

    private static async Task RandomStepAsync(Random rng, LedgerHarness h, DateOnly today, Dictionary<LedgerMonth, (string, int)> frozen)
    {
        var roll = rng.Next(100);
        var day = today.AddDays(-rng.Next(0, 45));
        if (roll < 55)
        {
            var kind = rng.Next(10) == 0 ? WorkKind.NotCovered : WorkKind.Support;
            await h.Ledger.RecordAsync(new WorkEntryDraft("acme", rng.Pick(Requests), "olena", day, rng.Next(1, 600), kind), None);
        }
        else if (roll < 70 && h.Store.Entries.Any(e => e.Corrects is null))
        {
            var target = rng.Pick([.. h.Store.Entries.Where(e => e.Corrects is null)]);
            var minutes = rng.Next(2) == 0 ? -rng.Next(1, target.Minutes + 60) : rng.Next(1, 120);
            await h.Ledger.CorrectAsync(new WorkCorrectionDraft("acme", target.Id, minutes, "olena"), None);
        }
        else if (roll < 80)
        {
            var month = LedgerMonth.Of(today);
            await h.Ledger.ApproveOverageAsync(new OverageApprovalDraft("acme", month, rng.Next(1, 10), "client", h.Time.GetUtcNow(), "ref", rng.Next(2) == 0), None);
        }
        else if (roll < 90)
        {
            foreach (var closed in await h.Ledger.CloseEndedMonthsAsync("acme", "job", None))
            {
                frozen[closed.Month] = (JsonSerializer.Serialize(closed.Result, LedgerJson.Options), h.Store.Entries.Count);
                var logged = h.Store.Entries.Where(e => e.Month == closed.Month).Sum(e => e.Minutes);
                Check(closed.Result.LoggedMinutes == logged, () => $"closed {closed.Month} shows {closed.Result.LoggedMinutes} of {logged} minutes");
            }
        }
        else if (roll < 95)
        {
            await h.Ledger.ConvertToMiniProjectAsync("acme", rng.Pick(Requests), rng.Next(1, 40), "olena", None);
        }
        else
        {
            await h.Ledger.RecordChangeDeliveredAsync("acme", rng.Pick(Requests), day, None);
        }
    }
}
