using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>An <c>overage_approvals</c> row as Dapper reads it and writes it.</summary>
internal sealed class OverageApprovalRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, month AS Month, hours AS Hours, approved_by AS ApprovedBy, approved_at AS ApprovedAt, " +
        "reference AS Reference, recorded_at AS RecordedAt, covers_logged_hours AS CoversLoggedHours";

    public long Id { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string Month { get; set; } = string.Empty;

    public string Hours { get; set; } = string.Empty;

    public string ApprovedBy { get; set; } = string.Empty;

    public string ApprovedAt { get; set; } = string.Empty;

    public string Reference { get; set; } = string.Empty;

    public string RecordedAt { get; set; } = string.Empty;

    public long CoversLoggedHours { get; set; }

    public static OverageApprovalRow From(OverageApproval approval) => new()
    {
        ClientId = approval.ClientId,
        Month = DbText.FromMonth(approval.Month),
        Hours = DbText.FromDecimal(approval.Hours),
        ApprovedBy = approval.ApprovedBy,
        ApprovedAt = DbText.FromInstant(approval.ApprovedAt),
        Reference = approval.Reference,
        RecordedAt = DbText.FromInstant(approval.RecordedAt),
        CoversLoggedHours = approval.CoversLoggedHours ? 1 : 0,
    };

    public OverageApproval ToApproval() => new(
        Id,
        ClientId,
        DbText.ToMonth(Month),
        DbText.ToDecimal(Hours),
        ApprovedBy,
        DbText.ToInstant(ApprovedAt),
        Reference,
        DbText.ToInstant(RecordedAt),
        CoversLoggedHours != 0);
}
