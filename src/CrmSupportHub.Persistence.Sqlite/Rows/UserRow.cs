using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>crm_users</c> row as Dapper reads it.</summary>
internal sealed class UserRow
{
    public const string Columns =
        "client_id AS ClientId, external_id AS ExternalId, name AS Name, email AS Email, is_active AS IsActive, " +
        "is_analyst AS IsAnalyst, seen_at AS SeenAt";

    public string ClientId { get; set; } = string.Empty;

    public string ExternalId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }

    public long IsActive { get; set; }

    public long IsAnalyst { get; set; }

    public string SeenAt { get; set; } = string.Empty;

    public CrmUser ToUser() => new(ClientId, ExternalId, Name, Email, IsActive != 0, IsAnalyst != 0, DbText.ToInstant(SeenAt));
}
