namespace CrmSupportHub.Core.Sla;

/// <summary>
/// A client's reaction-SLA compliance for one month (in the client's time zone, by when requests
/// were raised). Percentiles are nearest-rank over the business time to the first reaction of the
/// requests that got one; <see langword="null"/> when none did.
/// </summary>
/// <param name="Open">Running or paused, not yet due.</param>
/// <param name="Cancelled">Converted to a mini-project or deleted before due: not counted either way.</param>
/// <param name="ShareMet">Met ÷ (met + breached); <see langword="null"/> when both are zero.</param>
public sealed record SlaComplianceReport(
    string ClientId,
    int Year,
    int Month,
    int Met,
    int Breached,
    int Open,
    int Cancelled,
    decimal? ShareMet,
    TimeSpan? MedianReaction,
    TimeSpan? Percentile90Reaction);
