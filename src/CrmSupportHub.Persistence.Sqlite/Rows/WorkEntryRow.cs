using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>work_entries</c> row as Dapper reads it and writes it.</summary>
internal sealed class WorkEntryRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, request_id AS RequestId, analyst AS Analyst, date AS Date, minutes AS Minutes, " +
        "kind AS Kind, note AS Note, recorded_at AS RecordedAt, month AS Month, corrects AS Corrects";

    public long Id { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string? RequestId { get; set; }

    public string Analyst { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public long Minutes { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string? Note { get; set; }

    public string RecordedAt { get; set; } = string.Empty;

    public string Month { get; set; } = string.Empty;

    public long? Corrects { get; set; }

    public static WorkEntryRow From(WorkEntry entry) => new()
    {
        ClientId = entry.ClientId,
        RequestId = entry.RequestId,
        Analyst = entry.Analyst,
        Date = DbText.FromDate(entry.Date),
        Minutes = entry.Minutes,
        Kind = DbText.FromEnum(entry.Kind),
        Note = entry.Note,
        RecordedAt = DbText.FromInstant(entry.RecordedAt),
        Month = DbText.FromMonth(entry.Month),
        Corrects = entry.Corrects,
    };

    public WorkEntry ToEntry() => new(
        Id,
        ClientId,
        RequestId,
        Analyst,
        DbText.ToDate(Date),
        checked((int)Minutes),
        DbText.ToEnum<WorkKind>(Kind),
        Note,
        DbText.ToInstant(RecordedAt),
        DbText.ToMonth(Month),
        Corrects);
}
