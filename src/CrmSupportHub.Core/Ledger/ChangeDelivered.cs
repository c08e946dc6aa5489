namespace CrmSupportHub.Core.Ledger;

/// <summary>A change delivered on a request; on packages with hypercare after changes it opens a hypercare window for that request.</summary>
/// <param name="Date">The delivery day in the client's time zone.</param>
public sealed record ChangeDelivered(string ClientId, string RequestId, DateOnly Date, DateTimeOffset RecordedAt);
