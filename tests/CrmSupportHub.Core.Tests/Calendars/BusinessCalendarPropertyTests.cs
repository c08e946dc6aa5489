using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Tests.Calendars;

[TestFixture]
public sealed class BusinessCalendarPropertyTests
{
    private const int OracleCases = 1200;
    private const int Cases = 4000;

    [Test]
    public void Between_RandomCalendarsAndInstants_MatchesMinuteOracle() =>
        PropertyRunner.Check(OracleCases, random =>
        {
            var (definition, from) = RandomCalendars.Next(random);
            var to = from.AddSeconds(random.Next(4 * 86_400));
            var expected = new CalendarOracle(definition).Between(from.UtcTicks, to.UtcTicks);
            var actual = BusinessCalendar.Create(definition).Between(from, to);
            return actual.Ticks == expected ? null : Describe(definition, $"Between({from:O}, {to:O}) = {actual}, oracle {TimeSpan.FromTicks(expected)}");
        });

    [Test]
    public void Add_RandomCalendarsAndDurations_MatchesMinuteOracle() =>
        PropertyRunner.Check(OracleCases, random =>
        {
            var (definition, from) = RandomCalendars.Next(random);
            var duration = RandomDuration(random, definition);
            var expected = new CalendarOracle(definition).Add(from.UtcTicks, duration.Ticks);
            var actual = BusinessCalendar.Create(definition).Add(from, duration);
            return actual.UtcTicks == expected ? null : Describe(definition, $"Add({from:O}, {duration}) = {actual:O}, oracle {new DateTime(expected):O}");
        });

    [Test]
    public void IsBusinessTime_RandomInstants_MatchesMinuteOracle() =>
        PropertyRunner.Check(Cases, random =>
        {
            var (definition, instant) = RandomCalendars.Next(random);
            var expected = new CalendarOracle(definition).IsOpen(instant.UtcTicks);
            var actual = BusinessCalendar.Create(definition).IsBusinessTime(instant);
            return actual == expected ? null : Describe(definition, $"IsBusinessTime({instant:O}) = {actual}");
        });

    [Test]
    public void Between_FromStartToAddResult_EqualsAddedDuration() =>
        PropertyRunner.Check(Cases, random =>
        {
            var (definition, from) = RandomCalendars.Next(random);
            var calendar = BusinessCalendar.Create(definition);
            var duration = TimeSpan.FromTicks(random.NextInt64(30 * TimeSpan.TicksPerDay));
            var due = calendar.Add(from, duration);
            var between = calendar.Between(from, due);
            return between == duration && due >= from
                ? null
                : Describe(definition, $"Add({from:O}, {duration}) = {due:O} but Between = {between}");
        });

    [Test]
    public void Between_FromBusinessInstantToAddResult_EqualsAddedDuration() =>
        PropertyRunner.Check(Cases, random =>
        {
            var (definition, anchor) = RandomCalendars.Next(random);
            var calendar = BusinessCalendar.Create(definition);
            var from = calendar.Add(anchor, TimeSpan.FromSeconds(1)).AddTicks(-1);
            var duration = TimeSpan.FromSeconds(random.Next(20 * 86_400));
            var between = calendar.Between(from, calendar.Add(from, duration));
            return calendar.IsBusinessTime(from) && between == duration
                ? null
                : Describe(definition, $"from {from:O} (business: {calendar.IsBusinessTime(from)}), {duration}: Between = {between}");
        });

    [Test]
    public void Add_OfBetween_ReturnsEarliestInstantWithSameBusinessTime() =>
        PropertyRunner.Check(Cases, random =>
        {
            var (definition, from) = RandomCalendars.Next(random);
            var calendar = BusinessCalendar.Create(definition);
            var to = from.AddSeconds(random.Next(10 * 86_400));
            var reached = calendar.Add(from, calendar.Between(from, to));
            var ok = reached <= to
                && calendar.Between(reached, to) == TimeSpan.Zero
                && (reached == from || calendar.Between(from, reached.AddTicks(-1)) < calendar.Between(from, to));
            return ok ? null : Describe(definition, $"from {from:O} to {to:O}: Add(Between) = {reached:O}");
        });

    [Test]
    public void Between_SplitAtAnyInstant_IsAdditive() =>
        PropertyRunner.Check(Cases, random =>
        {
            var (definition, from) = RandomCalendars.Next(random);
            var calendar = BusinessCalendar.Create(definition);
            var middle = from.AddSeconds(random.Next(400 * 86_400));
            var to = middle.AddSeconds(random.Next(400 * 86_400));
            var whole = calendar.Between(from, to);
            var parts = calendar.Between(from, middle) + calendar.Between(middle, to);
            return whole == parts && calendar.Between(to, from) == -whole
                ? null
                : Describe(definition, $"{from:O} | {middle:O} | {to:O}: {whole} vs {parts}");
        });

    private static TimeSpan RandomDuration(Random random, CalendarDefinition definition)
    {
        var weekly = definition.AlwaysOpen
            ? 7 * TimeSpan.TicksPerDay
            : definition.Windows.Sum(w => (w.End == TimeOnly.MinValue ? TimeSpan.TicksPerDay : w.End.Ticks) - w.Start.Ticks);

        // The oracle walks minute by minute, so its durations stay short; long ones are covered
        // by the oracle-free properties below.
        var limit = Math.Clamp(weekly / 3 / TimeSpan.TicksPerSecond, 60, 86_400);
        return TimeSpan.FromSeconds(random.NextInt64(limit + 1));
    }

    private static string Describe(CalendarDefinition definition, string failure) =>
        $"{failure}; calendar {definition.TimeZoneId}{(definition.AlwaysOpen ? " 24/7" : string.Empty)}, windows ["
        + string.Join(", ", definition.Windows.Select(w => $"{w.Day} {w.Start:HH\\:mm}-{w.End:HH\\:mm}"))
        + "], holidays [" + string.Join(", ", definition.Holidays.Select(h => $"{h.Date:yyyy-MM-dd}{(h.EveryYear ? " yearly" : string.Empty)}")) + "]";
}
