using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>mini_projects</c> row as Dapper reads it and writes it.</summary>
internal sealed class MiniProjectRow
{
    public const string Columns =
        "client_id AS ClientId, request_id AS RequestId, estimate_hours AS EstimateHours, converted_at AS ConvertedAt, " +
        "converted_by AS ConvertedBy";

    public string ClientId { get; set; } = string.Empty;

    public string RequestId { get; set; } = string.Empty;

    public string EstimateHours { get; set; } = string.Empty;

    public string ConvertedAt { get; set; } = string.Empty;

    public string ConvertedBy { get; set; } = string.Empty;

    public static MiniProjectRow From(MiniProject project) => new()
    {
        ClientId = project.ClientId,
        RequestId = project.RequestId,
        EstimateHours = DbText.FromDecimal(project.EstimateHours),
        ConvertedAt = DbText.FromInstant(project.ConvertedAt),
        ConvertedBy = project.By,
    };

    public MiniProject ToMiniProject() =>
        new(ClientId, RequestId, DbText.ToDecimal(EstimateHours), DbText.ToInstant(ConvertedAt), ConvertedBy);
}
