using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>CRM users and the seat-count history of each client.</summary>
public interface IUserStore
{
    /// <summary>
    /// Replaces the client's user list with <paramref name="users"/> (users no longer listed are
    /// marked inactive) and appends <paramref name="seatCount"/> when given, in one transaction.
    /// </summary>
    Task SaveUsersAsync(string clientId, IReadOnlyList<CrmUser> users, SeatCount? seatCount, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrmUser>> ListUsersAsync(string clientId, CancellationToken cancellationToken);

    Task AppendSeatCountAsync(SeatCount seatCount, CancellationToken cancellationToken);

    Task<SeatCount?> GetLatestSeatCountAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>The latest count of every client that has one, in one query (the dashboard overview of all clients).</summary>
    Task<IReadOnlyList<SeatCount>> ListLatestSeatCountsAsync(CancellationToken cancellationToken);

    /// <summary>Counts in [<paramref name="from"/>, <paramref name="until"/>), plus the last one before <paramref name="from"/> (still in force then).</summary>
    Task<IReadOnlyList<SeatCount>> ListSeatCountsAsync(string clientId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}
