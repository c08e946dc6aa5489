namespace CrmSupportHub.Worker.Configuration;

/// <summary>
/// A business calendar: <c>Hours</c> maps day ranges ("Mon-Fri", "Sat") to windows ("09:00-13:00");
/// <c>Holidays</c> are "yyyy-MM-dd" dates, or "MM-dd" for every year.
/// </summary>
public sealed class CalendarOptions
{
    public string? TimeZone { get; set; }

    public Dictionary<string, List<string>> Hours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Holidays { get; set; } = [];

    /// <summary>24/7, for off-hours and on-call contracts.</summary>
    public bool AlwaysOpen { get; set; }
}
