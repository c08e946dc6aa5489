using CrmSupportHub.Worker.Application.Views;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary>A client's overview with what its countdown needs: the client's time zone and how long its business time keeps running.</summary>
internal sealed record OverviewRow(ClientOverview Client, TimeZoneInfo Zone, TimeSpan? OpenFor);
