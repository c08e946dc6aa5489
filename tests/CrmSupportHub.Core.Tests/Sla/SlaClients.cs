using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Core.Tests.Sla;

/// <summary>
/// The test client: Kyiv office hours Mon-Fri 09:00-13:00 and 14:00-18:00, Independence Day a
/// holiday, one analyst, the Medium package (8 h reaction) from 2026.
/// </summary>
internal static class SlaClients
{
    public const string ClientId = "acme";
    public const string Analyst = "analyst-1";

    public static readonly TimeSpan Winter = TimeSpan.FromHours(2);
    public static readonly TimeSpan Summer = TimeSpan.FromHours(3);

    public static readonly ContractVersion Medium = new(new DateOnly(2026, 1, 1), PackageCatalog.Default[PackageTier.Medium]);

    public static readonly CalendarDefinition Office = new(
        "Europe/Kyiv",
        [.. from day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            from window in new[] { (9, 13), (14, 18) }
            select new WeeklyWindow(day, new TimeOnly(window.Item1, 0), new TimeOnly(window.Item2, 0))],
        [new Holiday(new DateOnly(2026, 8, 24), EveryYear: true)]);

    public static BusinessCalendar Calendar { get; } = BusinessCalendar.Create(Office);

    public static ClientProfile Client(ReactionRules? rules = null, params ContractVersion[] versions) => new(
        ClientId,
        "Acme Ltd",
        "Pipedrive",
        new ContractHistory(versions.Length > 0 ? versions : [Medium]),
        Office,
        GoLive: null,
        new HashSet<string> { Analyst },
        rules ?? ReactionRules.Default);

    public static SlaClockCalculator Calculator(ReactionRules? rules = null, params ContractVersion[] versions) =>
        new(Client(rules, versions), Calendar);

    public static SlaClock ReactionClock(EventLog log, DateTimeOffset now, ReactionRules? rules = null, params ContractVersion[] versions) =>
        Calculator(rules, versions).Compute(log.Events, now).Reaction ?? throw new InvalidOperationException("no reaction clock");

    public static ContractVersion WithResolution(TimeSpan resolution) =>
        Medium with { Terms = Medium.Terms with { ResolutionTime = resolution } };

    /// <summary>A local time in the first week of March 2026 (Monday the 2nd), before the DST change.</summary>
    public static DateTimeOffset March(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, Winter);
}
