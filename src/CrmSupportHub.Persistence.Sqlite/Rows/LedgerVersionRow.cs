namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A client's ledger version as Dapper reads it.</summary>
internal sealed class LedgerVersionRow
{
    public string ClientId { get; set; } = string.Empty;

    public long Version { get; set; }
}
