namespace CrmSupportHub.Connectors;

/// <summary>
/// Watermark arithmetic that stops at the ends of the calendar. A watermark is whatever the CRM last
/// sent, and a CRM (or a hostile payload) may send year 1 or 9999: the next run's <c>watermark − overlap</c>
/// must not throw for it. Results are UTC.
/// </summary>
public static class Watermarks
{
    public static DateTimeOffset Minus(DateTimeOffset watermark, TimeSpan span)
    {
        var utc = watermark.ToUniversalTime();
        return utc.UtcTicks - DateTimeOffset.MinValue.UtcTicks < span.Ticks ? DateTimeOffset.MinValue : utc - span;
    }

    public static DateTimeOffset Plus(DateTimeOffset watermark, TimeSpan span)
    {
        var utc = watermark.ToUniversalTime();
        return DateTimeOffset.MaxValue.UtcTicks - utc.UtcTicks < span.Ticks ? DateTimeOffset.MaxValue : utc + span;
    }
}
