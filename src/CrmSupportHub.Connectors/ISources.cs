using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Connectors;

/// <summary>Reads the CRM's users. Every read is a full read: user lists are small and rarely filterable.</summary>
public interface IUserSource
{
    /// <summary>How the seat count derived from these users should be labelled.</summary>
    SeatCountBasis Basis => SeatCountBasis.Counted;

    /// <summary>
    /// Seats configured for the client, for CRMs without a users API. When set, the host records
    /// this number as the seat count (<see cref="SeatCountBasis.Configured"/>) and the users read
    /// stay an estimate shown beside it.
    /// </summary>
    int? ConfiguredSeats => null;

    IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Reads support requests page by page. Each page carries the cursor to resume from once that page
/// is committed; the host saves it in the same transaction.
/// </summary>
public interface IRequestSource
{
    /// <summary>Pages of requests changed since <paramref name="since"/>; <see langword="null"/> means a full read.</summary>
    IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(SyncCursor? since, CancellationToken cancellationToken);

    /// <summary>Reads one request by its CRM id, or <see langword="null"/> when the CRM no longer has it.</summary>
    ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken);
}
