namespace CrmSupportHub.Core.Webhooks;

public enum InboxStatus
{
    Pending,
    Processed,
    Failed,
}

/// <summary>
/// A webhook delivery as received, stored before it is acknowledged. Credentials (headers, URL
/// secrets) are never stored: only the body and what is needed to process it.
/// </summary>
/// <param name="DeliveryKey">Identifies a delivery so a redelivery is stored once (the CRM's event id, else a body hash).</param>
public sealed record InboxItem(
    long Id,
    string ClientId,
    string DeliveryKey,
    DateTimeOffset ReceivedAt,
    string? ContentType,
    byte[] Body,
    InboxStatus Status = InboxStatus.Pending,
    int Attempts = 0,
    string? LastError = null);
