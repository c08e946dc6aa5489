using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Users;

/// <summary>How a seat count was obtained.</summary>
public enum SeatCountBasis
{
    /// <summary>Counted from the CRM's user list.</summary>
    Counted,

    /// <summary>Estimated, e.g. from distinct editors, where the CRM has no user list.</summary>
    Estimated,

    /// <summary>The number configured for the client.</summary>
    Configured,
}

/// <summary>One entry of a client's seat history: active users against the limit in force.</summary>
/// <param name="Limit">The package's user limit; <see langword="null"/> when unlimited.</param>
public sealed record SeatCount(
    string ClientId,
    DateTimeOffset CountedAt,
    int ActiveUsers,
    int? Limit,
    PackageTier Package,
    SeatCountBasis Basis)
{
    public bool AtOrOverLimit => Limit is { } limit && ActiveUsers >= limit;
}
