using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>changes_delivered</c> row as Dapper reads it and writes it.</summary>
internal sealed class ChangeDeliveredRow
{
    public const string Columns = "client_id AS ClientId, request_id AS RequestId, date AS Date, recorded_at AS RecordedAt";

    public string ClientId { get; set; } = string.Empty;

    public string RequestId { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string RecordedAt { get; set; } = string.Empty;

    public static ChangeDeliveredRow From(ChangeDelivered change) => new()
    {
        ClientId = change.ClientId,
        RequestId = change.RequestId,
        Date = DbText.FromDate(change.Date),
        RecordedAt = DbText.FromInstant(change.RecordedAt),
    };

    public ChangeDelivered ToChange() => new(ClientId, RequestId, DbText.ToDate(Date), DbText.ToInstant(RecordedAt));
}
