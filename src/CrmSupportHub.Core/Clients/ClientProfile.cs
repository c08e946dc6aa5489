using CrmSupportHub.Core.Calendars;

namespace CrmSupportHub.Core.Clients;

/// <summary>
/// One client of the consultancy: its CRM, contract history, business calendar and the CRM user
/// ids of the consultancy's own analysts (who have accounts in the client's CRM and are not counted as seats).
/// </summary>
public sealed record ClientProfile(
    string Id,
    string Name,
    string Crm,
    ContractHistory Contract,
    CalendarDefinition Calendar,
    DateOnly? GoLive,
    IReadOnlySet<string> AnalystUserIds,
    ReactionRules Reaction)
{
    /// <summary>The client's time zone, resolved from its calendar.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(Calendar.TimeZoneId);

    /// <summary>The client's local date at <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
}
