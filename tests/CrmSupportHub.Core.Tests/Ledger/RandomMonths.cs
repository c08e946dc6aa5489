using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>Random but valid months for the calculator: any mix of kinds, corrections, approvals, hypercare and mini-projects.</summary>
internal static class RandomMonths
{
    public static readonly LedgerMonth Month = new(2026, 10);
    private static readonly string[] Requests = ["R-1", "R-2", "R-3", "R-4", "R-5", "R-6"];
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static MonthInput Next(Random rng)
    {
        var terms = PackageCatalog.Default[rng.Pick(PackageTier.Start, PackageTier.Medium, PackageTier.Large)] with
        {
            MonthlyHours = rng.Next(0, 41) + rng.Pick(0m, 0.25m, 0.5m),
            RolloverShare = rng.Pick(0m, 0.25m, 0.5m, 1m),
        };
        DateOnly? goLive = rng.Next(3) == 0 ? Month.FirstDay.AddDays(rng.Next(-20, 31)) : null;
        var client = LedgerClients.WithTerms(terms, new DateOnly(2026, 9, 1), goLive);
        var approvals = Enumerable.Range(1, rng.Next(0, 4))
            .Select(i => new OverageApproval(
                i, "acme", Month, rng.Pick(0.5m, 1m, 2.25m, 5m, 20m), "client", At(rng, -5), "ref", At(rng, -5), rng.Next(3) == 0))
            .ToList();
        var projects = Requests.Where(_ => rng.Next(4) == 0)
            .Select(r => new MiniProject("acme", r, rng.Next(1, 50), At(rng, -10), "analyst"))
            .ToList();
        var changes = Requests.Where(_ => rng.Next(4) == 0)
            .Select(r => new ChangeDelivered("acme", r, Month.FirstDay.AddDays(rng.Next(-20, 31)), Start))
            .ToList();
        return new MonthInput(client, Month, rng.Next(0, 1201), Entries(rng), approvals, projects, changes);
    }

    private static List<WorkEntry> Entries(Random rng)
    {
        var entries = new List<WorkEntry>();
        var left = new Dictionary<long, int>();
        var count = rng.Next(0, 60);
        for (var id = 1L; id <= count; id++)
        {
            var roll = rng.Next(100);
            if (roll < 15 && left.Count > 0)
            {
                var targetId = rng.Pick([.. left.Keys]);
                var target = entries.First(e => e.Id == targetId);
                var minutes = left[target.Id] > 0 && rng.Next(2) == 0 ? -rng.Next(1, left[target.Id] + 1) : rng.Next(1, 121);
                left[target.Id] += minutes;
                entries.Add(target with { Id = id, Minutes = minutes, RecordedAt = target.RecordedAt.AddMinutes(rng.Next(0, 5000)), Corrects = target.Id });
            }
            else if (roll < 25)
            {
                // A correction of an entry in a closed earlier month: it stands alone here.
                var minutes = rng.Next(2) == 0 ? -rng.Next(1, 301) : rng.Next(1, 301);
                entries.Add(Original(rng, id) with { Date = new DateOnly(2026, 9, rng.Next(1, 31)), Minutes = minutes, Corrects = 100_000 + id });
            }
            else
            {
                var entry = Original(rng, id);
                left[id] = entry.Minutes;
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static WorkEntry Original(Random rng, long id)
    {
        var kind = rng.Next(100) switch
        {
            < 70 => WorkKind.Support,
            < 75 => WorkKind.Session,
            < 85 => WorkKind.MiniProject,
            _ => WorkKind.NotCovered,
        };
        var request = rng.Next(5) == 0 && kind != WorkKind.MiniProject ? null : rng.Pick(Requests);
        return new WorkEntry(
            id, "acme", request, "analyst", Month.FirstDay.AddDays(rng.Next(0, 31)), rng.Next(1, 601), kind, null, At(rng, 0), Month);
    }

    private static DateTimeOffset At(Random rng, int fromDay) => Start.AddMinutes(rng.Next(fromDay * 1440, 35 * 1440));
}
