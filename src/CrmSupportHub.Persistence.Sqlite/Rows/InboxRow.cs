using CrmSupportHub.Core.Webhooks;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>webhook_inbox</c> row as Dapper reads it.</summary>
internal sealed class InboxRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, delivery_key AS DeliveryKey, received_at AS ReceivedAt, " +
        "content_type AS ContentType, body AS Body, status AS Status, attempts AS Attempts, last_error AS LastError";

    public long Id { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string DeliveryKey { get; set; } = string.Empty;

    public string ReceivedAt { get; set; } = string.Empty;

    public string? ContentType { get; set; }

    public byte[] Body { get; set; } = [];

    public string Status { get; set; } = string.Empty;

    public long Attempts { get; set; }

    public string? LastError { get; set; }

    public InboxItem ToItem() => new(
        Id,
        ClientId,
        DeliveryKey,
        DbText.ToInstant(ReceivedAt),
        ContentType,
        Body,
        DbText.ToEnum<InboxStatus>(Status),
        checked((int)Attempts),
        LastError);
}
