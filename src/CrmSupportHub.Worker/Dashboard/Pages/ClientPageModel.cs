using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Worker.Application.Views;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary>Everything the client page shows, read at <see cref="Now"/>.</summary>
internal sealed record ClientPageModel(
    ClientProfile Client,
    ClientOverview Summary,
    IReadOnlyList<RequestRow> Requests,
    MonthLedger Month,
    IReadOnlyList<WorkEntry> Entries,
    IReadOnlyList<SeatCount> Seats,
    IReadOnlyList<SessionUsage> Sessions,
    TimeZoneInfo Zone,
    TimeSpan? OpenFor,
    DateTimeOffset Now,
    DateOnly Today);
