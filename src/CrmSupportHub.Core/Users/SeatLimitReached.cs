using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Users;

/// <summary>Raised when a client's active users reach or exceed the package limit.</summary>
/// <param name="SmallestFitting">The smallest package whose limit admits the current count.</param>
public sealed record SeatLimitReached(
    string ClientId,
    DateTimeOffset At,
    int ActiveUsers,
    int Limit,
    PackageTier Package,
    PackageTier SmallestFitting)
{
    public string Describe() => ActiveUsers == Limit
        ? $"Client '{ClientId}' uses all {Limit} seats of package {Package}; the next user needs {Next()}."
        : $"Client '{ClientId}' has {ActiveUsers} active users, over the {Limit} of package {Package}; {SmallestFitting} fits.";

    private PackageTier Next() => SmallestFitting == Package && Package != PackageTier.Individual ? Package + 1 : SmallestFitting;
}
