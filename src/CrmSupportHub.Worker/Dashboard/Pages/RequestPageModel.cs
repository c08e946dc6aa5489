using CrmSupportHub.Core.Clients;
using CrmSupportHub.Worker.Application.Views;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary>A request's story and clocks, with the client's time zone and business hours for the countdowns.</summary>
internal sealed record RequestPageModel(ClientProfile Client, RequestDetail Detail, TimeZoneInfo Zone, TimeSpan? OpenFor, DateTimeOffset Now);
