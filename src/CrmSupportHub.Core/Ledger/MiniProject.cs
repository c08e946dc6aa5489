using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// A request converted into a mini-project with its own estimate. Work on the request from the day of
/// conversion on (and any <see cref="WorkKind.MiniProject"/> entry) counts here, never in the bucket.
/// </summary>
public sealed record MiniProject(string ClientId, string RequestId, decimal EstimateHours, DateTimeOffset ConvertedAt, string By)
{
    /// <summary>The request event that stops the request's SLA clock; the caller appends it to the request's log.</summary>
    public RequestEvent ToRequestEvent() => new(
        ClientId,
        RequestId,
        RequestEventKind.ConvertedToMiniProject,
        ConvertedAt,
        ConvertedAt,
        EventSource.Hub,
        Actor: By,
        Note: FormattableString.Invariant($"Converted to a mini-project, estimate {EstimateHours} h"));
}
