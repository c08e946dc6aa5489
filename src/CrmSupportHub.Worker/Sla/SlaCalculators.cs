using System.Collections.Concurrent;
using CrmSupportHub.Core.Calendars;
using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Sla;

/// <summary>
/// One business calendar and <see cref="SlaClockCalculator"/> per configured client, built on first
/// use and shared: a calendar caches its UTC intervals, so rebuilding it per request would waste that.
/// </summary>
internal sealed class SlaCalculators(ClientDirectory clients)
{
    private readonly ConcurrentDictionary<string, (BusinessCalendar Calendar, SlaClockCalculator Calculator)> _byClient = new(StringComparer.Ordinal);

    public SlaClockCalculator For(string clientId) => Get(clientId).Calculator;

    public BusinessCalendar Calendar(string clientId) => Get(clientId).Calendar;

    private (BusinessCalendar Calendar, SlaClockCalculator Calculator) Get(string clientId) =>
        _byClient.GetOrAdd(clientId, id =>
        {
            var client = clients.Get(id);
            var calendar = BusinessCalendar.Create(client.Calendar);
            return (calendar, new SlaClockCalculator(client, calendar));
        });
}
