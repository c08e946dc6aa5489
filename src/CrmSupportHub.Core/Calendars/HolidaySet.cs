namespace CrmSupportHub.Core.Calendars;

/// <summary>Holidays as local dates; yearly ones match on month and day (29 February only in leap years).</summary>
internal sealed class HolidaySet
{
    private readonly HashSet<DateOnly> _dates;
    private readonly HashSet<int> _yearly;

    public HolidaySet(IEnumerable<Holiday> holidays)
    {
        _dates = [];
        _yearly = [];
        foreach (var holiday in holidays)
        {
            if (holiday.EveryYear)
            {
                _yearly.Add(MonthDay(holiday.Date));
            }
            else
            {
                _dates.Add(holiday.Date);
            }
        }
    }

    public bool Contains(DateOnly date) => _dates.Contains(date) || _yearly.Contains(MonthDay(date));

    private static int MonthDay(DateOnly date) => (date.Month * 100) + date.Day;
}
