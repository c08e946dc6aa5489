using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>sessions</c> row as Dapper reads it and writes it.</summary>
internal sealed class SessionRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, kind AS Kind, date AS Date, held_by AS HeldBy, note AS Note, recorded_at AS RecordedAt";

    public long Id { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string HeldBy { get; set; } = string.Empty;

    public string? Note { get; set; }

    public string RecordedAt { get; set; } = string.Empty;

    public static SessionRow From(SessionRecord session) => new()
    {
        ClientId = session.ClientId,
        Kind = DbText.FromEnum(session.Kind),
        Date = DbText.FromDate(session.Date),
        HeldBy = session.HeldBy,
        Note = session.Note,
        RecordedAt = DbText.FromInstant(session.RecordedAt),
    };

    public SessionRecord ToSession() => new(
        Id, ClientId, DbText.ToEnum<SessionKind>(Kind), DbText.ToDate(Date), HeldBy, Note, DbText.ToInstant(RecordedAt));
}
