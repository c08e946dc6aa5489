using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Bench.Ledger;

/// <summary>A busy Large client month: the data the benchmark computes (fixed seed, so runs compare).</summary>
internal static class LedgerBenchMonth
{
    public static MonthInput Create(LedgerMonth month, int count)
    {
        var rng = new Random(42);
        var client = new ClientProfile(
            "bench", "Bench Ltd", "Pipedrive",
            new ContractHistory([new ContractVersion(new DateOnly(2026, 1, 1), PackageCatalog.Default[PackageTier.Large])]),
            CalendarDefinition.TwentyFourSeven("Europe/Kyiv"),
            month.FirstDay.AddDays(-5),
            new HashSet<string>(),
            ReactionRules.Default);
        var start = new DateTimeOffset(month.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = new List<WorkEntry>(count);
        for (var id = 1; id <= count; id++)
        {
            var recordedAt = start.AddSeconds(id * 250);
            var request = $"R-{rng.Next(1, 400)}";
            var kind = rng.Next(20) switch { 0 => WorkKind.NotCovered, 1 => WorkKind.Session, _ => WorkKind.Support };
            var entry = new WorkEntry(id, client.Id, request, "analyst", month.FirstDay.AddDays(rng.Next(0, 28)), rng.Next(5, 240), kind, null, recordedAt, month);
            entries.Add(id % 50 == 0 ? entry with { Minutes = -rng.Next(1, 5), Corrects = id - 1 } // same-month corrections
                : id % 97 == 0 ? entry with { Date = month.FirstDay.AddDays(-3), Corrects = 900_000 + id, Minutes = -rng.Next(5, 60) } // closed-month credits
                : entry);
        }

        var approvals = Enumerable.Range(1, 5)
            .Select(i => new OverageApproval(i, client.Id, month, 200m, "client", start.AddDays(i * 5), $"PO-{i}", start.AddDays(i * 5), i == 5))
            .ToList();
        var projects = Enumerable.Range(1, 20).Select(i => new MiniProject(client.Id, $"R-{i * 7}", 40m, start.AddDays(i), "analyst")).ToList();
        var changes = Enumerable.Range(1, 30).Select(i => new ChangeDelivered(client.Id, $"R-{i * 11}", month.FirstDay.AddDays(i % 28), start)).ToList();
        return new MonthInput(client, month, 600, entries, approvals, projects, changes);
    }
}
