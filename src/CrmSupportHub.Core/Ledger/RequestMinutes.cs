namespace CrmSupportHub.Core.Ledger;

/// <summary>Minutes logged on one request, e.g. on a mini-project in a month.</summary>
public sealed record RequestMinutes(string RequestId, int Minutes);
