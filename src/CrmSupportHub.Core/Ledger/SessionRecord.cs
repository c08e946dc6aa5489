using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger;

/// <summary>An included session held with the client.</summary>
/// <param name="Id">The store's id; 0 until stored.</param>
/// <param name="Date">The day it was held, in the client's time zone.</param>
public sealed record SessionRecord(
    long Id,
    string ClientId,
    SessionKind Kind,
    DateOnly Date,
    string HeldBy,
    string? Note,
    DateTimeOffset RecordedAt);
