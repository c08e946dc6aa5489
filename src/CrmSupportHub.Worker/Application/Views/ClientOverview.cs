using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Worker.Application.Views;

/// <summary>One client at a glance: contract, seats, requests and their SLA, hours this month, sync health.</summary>
/// <param name="WorstTimeLeft">The least business time left of any open reaction clock (negative when breached); null when none is open.</param>
/// <param name="WorstDueAt">When the clock with the least time left breaches (or breached) while it counts; null when none is open or it is paused.</param>
/// <param name="HoursUsedMinutes">Minutes burned against carry-in, bucket and overage this month.</param>
/// <param name="HoursLeftMinutes">Carry-in plus bucket not yet burned this month.</param>
public sealed record ClientOverview(
    string Id,
    string Name,
    string Crm,
    PackageTier Package,
    DateOnly ContractFrom,
    string TimeZone,
    SeatCount? Seats,
    int? SeatLimit,
    int OpenRequests,
    int AtRisk,
    int Breached,
    TimeSpan? WorstTimeLeft,
    string Month,
    int BucketMinutes,
    int HoursUsedMinutes,
    int HoursLeftMinutes,
    int UnapprovedOverageMinutes,
    IReadOnlyList<SyncHealthView> Sync,
    DateTimeOffset? WorstDueAt = null)
{
    public bool SyncHealthy => Sync.All(s => s.Healthy);
}
