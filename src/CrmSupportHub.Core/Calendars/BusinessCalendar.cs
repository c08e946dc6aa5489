using System.Collections.Concurrent;

namespace CrmSupportHub.Core.Calendars;

/// <summary>
/// A client's business time, built once from its <see cref="CalendarDefinition"/>. Exact to the
/// tick and correct across DST: windows are local wall-clock times, and business time is the
/// real elapsed time of the instants whose local time falls inside a window on a non-holiday.
/// Thread-safe; intervals are computed lazily in blocks of 128 days and cached.
/// </summary>
public sealed class BusinessCalendar
{
    private const long BlockTicks = 128 * TimeSpan.TicksPerDay;
    private const int SlotCount = 16;

    // Four years without business time means the calendar has none (e.g. every day a holiday).
    private const int MaxEmptyBlocks = 12;

    private static readonly long MinTicks = new DateTime(2, 1, 1).Ticks;
    private static readonly long MaxTicks = new DateTime(9998, 12, 31).Ticks;

    private readonly WeekTemplate _week;
    private readonly HolidaySet _holidays;
    private readonly BusinessBlock?[] _recent = new BusinessBlock?[SlotCount];
    private readonly ConcurrentDictionary<long, BusinessBlock> _blocks = new();

    private BusinessCalendar(TimeZoneInfo zone, WeekTemplate week, HolidaySet holidays, bool alwaysOpen)
    {
        TimeZone = zone;
        _week = week;
        _holidays = holidays;
        IsAlwaysOpen = alwaysOpen;
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>A 24/7 calendar: every instant is business time, holidays included.</summary>
    public bool IsAlwaysOpen { get; }

    /// <exception cref="ArgumentException">The time zone is unknown, a window is invalid, or there are no windows.</exception>
    public static BusinessCalendar Create(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var zone = FindZone(definition.TimeZoneId);
        if (definition.AlwaysOpen)
        {
            return new BusinessCalendar(zone, WeekTemplate.From([]), new HolidaySet([]), alwaysOpen: true);
        }

        var week = WeekTemplate.From(definition.Windows);
        if (week.WeeklyTicks == 0)
        {
            throw new ArgumentException("A business calendar needs at least one working window, or AlwaysOpen.", nameof(definition));
        }

        return new BusinessCalendar(zone, week, new HolidaySet(definition.Holidays), alwaysOpen: false);
    }

    /// <summary>The earliest instant at which <paramref name="businessTime"/> has elapsed since <paramref name="start"/> (in UTC).</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        var from = Ticks(start);
        if (IsAlwaysOpen || businessTime == TimeSpan.Zero)
        {
            return Instant(checked(from + businessTime.Ticks));
        }

        var index = from / BlockTicks;
        var block = Block(index);
        var position = block.Position(from) + businessTime.Ticks;
        var empty = 0;
        while (position > block.Total)
        {
            position -= block.Total;
            empty = block.Total == 0 ? empty + 1 : 0;
            if (empty > MaxEmptyBlocks)
            {
                throw new InvalidOperationException($"The calendar has no business time for years after {start:yyyy-MM-dd}.");
            }

            block = Block(++index);
        }

        return Instant(block.Locate(position));
    }

    /// <summary>Business time in [<paramref name="from"/>, <paramref name="to"/>); negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        long a = Ticks(from), b = Ticks(to);
        if (IsAlwaysOpen)
        {
            return TimeSpan.FromTicks(b - a);
        }

        long first = a / BlockTicks, last = b / BlockTicks;
        var start = Block(first);
        if (first == last)
        {
            return TimeSpan.FromTicks(start.Position(b) - start.Position(a));
        }

        var total = start.Total - start.Position(a);
        for (var index = first + 1; index < last; index++)
        {
            total += Block(index).Total;
        }

        return TimeSpan.FromTicks(total + Block(last).Position(b));
    }

    public bool IsBusinessTime(DateTimeOffset instant)
    {
        var ticks = Ticks(instant);
        return IsAlwaysOpen || Block(ticks / BlockTicks).Contains(ticks);
    }

    /// <summary>The calendar's local date at <paramref name="instant"/>: holidays, contract versions and report months use it.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    private BusinessBlock Block(long index)
    {
        var slot = (int)(index & (SlotCount - 1));
        var block = Volatile.Read(ref _recent[slot]);
        if (block is not null && block.Index == index)
        {
            return block;
        }

        block = _blocks.GetOrAdd(
            index,
            static (i, calendar) => BusinessBlockBuilder.Build(
                i, i * BlockTicks, (i + 1) * BlockTicks, calendar._week, calendar._holidays, calendar.TimeZone),
            this);
        Volatile.Write(ref _recent[slot], block);
        return block;
    }

    private static long Ticks(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        if (ticks < MinTicks || ticks > MaxTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "Business calendars cover the years 2 to 9998.");
        }

        return ticks;
    }

    private static DateTimeOffset Instant(long ticks)
    {
        if (ticks > MaxTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(ticks), "The result lies beyond the years business calendars cover.");
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id), e);
        }
    }
}
