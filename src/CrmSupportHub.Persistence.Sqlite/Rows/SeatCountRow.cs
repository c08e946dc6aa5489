using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>seat_counts</c> row as Dapper reads it.</summary>
internal sealed class SeatCountRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, counted_at AS CountedAt, active_users AS ActiveUsers, user_limit AS UserLimit, " +
        "package AS Package, basis AS Basis";

    public long Id { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string CountedAt { get; set; } = string.Empty;

    public long ActiveUsers { get; set; }

    public long? UserLimit { get; set; }

    public string Package { get; set; } = string.Empty;

    public string Basis { get; set; } = string.Empty;

    public SeatCount ToSeatCount() => new(
        ClientId,
        DbText.ToInstant(CountedAt),
        checked((int)ActiveUsers),
        UserLimit is { } limit ? checked((int)limit) : null,
        DbText.ToEnum<PackageTier>(Package),
        DbText.ToEnum<SeatCountBasis>(Basis));
}
