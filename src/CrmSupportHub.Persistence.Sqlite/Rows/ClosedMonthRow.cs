using System.Text.Json;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>closed_months</c> row as Dapper reads it and writes it; the result is <see cref="LedgerJson.Options"/> JSON.</summary>
internal sealed class ClosedMonthRow
{
    public const string Columns =
        "client_id AS ClientId, month AS Month, closed_at AS ClosedAt, closed_by AS ClosedBy, result AS Result";

    public string ClientId { get; set; } = string.Empty;

    public string Month { get; set; } = string.Empty;

    public string ClosedAt { get; set; } = string.Empty;

    public string ClosedBy { get; set; } = string.Empty;

    public string Result { get; set; } = string.Empty;

    public static ClosedMonthRow From(ClosedMonth closed) => new()
    {
        ClientId = closed.ClientId,
        Month = DbText.FromMonth(closed.Month),
        ClosedAt = DbText.FromInstant(closed.ClosedAt),
        ClosedBy = closed.ClosedBy,
        Result = JsonSerializer.Serialize(closed.Result, LedgerJson.Options),
    };

    public ClosedMonth ToClosedMonth() => new(
        ClientId,
        DbText.ToMonth(Month),
        DbText.ToInstant(ClosedAt),
        ClosedBy,
        JsonSerializer.Deserialize<MonthLedger>(Result, LedgerJson.Options)
            ?? throw new InvalidDataException($"The closed month {ClientId} {Month} has an empty result."));
}
