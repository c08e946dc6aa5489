using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Bench.Sla;

/// <summary>A Kyiv office calendar with lunch and Ukrainian holidays, and random request histories in 2026.</summary>
internal static class SlaBenchData
{
    public const string ClientId = "acme";
    public const string Analyst = "analyst-1";

    public static readonly DateTimeOffset Year = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(2));

    public static CalendarDefinition Office { get; } = new(
        "Europe/Kyiv",
        [.. from day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            from window in new[] { (9, 13), (14, 18) }
            select new WeeklyWindow(day, new TimeOnly(window.Item1, 0), new TimeOnly(window.Item2, 0))],
        [.. new[] { (1, 1), (3, 8), (5, 1), (6, 28), (7, 15), (8, 24), (10, 1), (12, 25) }
            .Select(d => new Holiday(new DateOnly(2026, d.Item1, d.Item2), EveryYear: true))
            .Append(new Holiday(new DateOnly(2026, 4, 13)))
            .Append(new Holiday(new DateOnly(2026, 6, 1)))]);

    public static ClientProfile Client { get; } = new(
        ClientId,
        "Acme Ltd",
        "Pipedrive",
        new ContractHistory(
        [
            new ContractVersion(new DateOnly(2026, 1, 1), PackageCatalog.Default[PackageTier.Medium] with { ResolutionTime = TimeSpan.FromHours(40) }),
            new ContractVersion(new DateOnly(2026, 7, 1), PackageCatalog.Default[PackageTier.Large] with { ResolutionTime = TimeSpan.FromHours(24) }),
        ]),
        Office,
        GoLive: null,
        new HashSet<string> { Analyst },
        new ReactionRules(LeavingInitialStage: false));

    /// <summary>Random start instants in 2026 and business durations of 4 to 24 hours.</summary>
    public static (DateTimeOffset[] Starts, TimeSpan[] Targets) DueInputs(int count, Random random)
    {
        var starts = new DateTimeOffset[count];
        var targets = new TimeSpan[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = Year.AddSeconds(random.Next(365 * 86_400));
            targets[i] = TimeSpan.FromMinutes(random.Next(4 * 60, (24 * 60) + 1));
        }

        return (starts, targets);
    }

    /// <summary>A request's log: Created, then nine events from a plausible mix, minutes to days apart.</summary>
    public static RequestEvent[] Request(int number, Random random)
    {
        var id = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = Year.AddSeconds(random.Next(360 * 86_400));
        var events = new RequestEvent[10];
        events[0] = New(id, RequestEventKind.Created, at, 1) with { StageId = "11", Stage = StageCategory.Initial };
        for (var i = 1; i < events.Length; i++)
        {
            at = at.AddMinutes(random.Next(1, 24 * 60));
            events[i] = random.Next(20) switch
            {
                < 5 => New(id, RequestEventKind.StageChanged, at, i + 1) with { StageId = "14", Stage = StageCategory.Waiting },
                < 10 => New(id, RequestEventKind.StageChanged, at, i + 1) with { StageId = "12", Stage = StageCategory.Working },
                < 13 => New(id, RequestEventKind.Assigned, at, i + 1) with { AssigneeId = random.Next(3) == 0 ? Analyst : "client-user" },
                < 15 => New(id, RequestEventKind.Responded, at, i + 1) with { Actor = Analyst },
                < 17 => New(id, RequestEventKind.Closed, at, i + 1),
                < 19 => New(id, RequestEventKind.Reopened, at, i + 1),
                _ => New(id, RequestEventKind.ConvertedToMiniProject, at, i + 1),
            };
        }

        return events;
    }

    private static RequestEvent New(string id, RequestEventKind kind, DateTimeOffset at, long sequence) =>
        new(ClientId, id, kind, at, at.AddMinutes(3), EventSource.Poll) { Sequence = sequence };
}
