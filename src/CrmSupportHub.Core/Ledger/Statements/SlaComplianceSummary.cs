namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>The month's SLA figures, computed by the SLA engine and passed into the statement.</summary>
/// <param name="Met">Clocks that met their reaction target.</param>
/// <param name="Breached">Clocks that breached it.</param>
/// <param name="Open">Clocks still running at the month's end.</param>
/// <param name="ShareMet">Met / (met + breached), from 0 to 1.</param>
public sealed record SlaComplianceSummary(
    int Met,
    int Breached,
    int Open,
    decimal ShareMet,
    decimal? MedianReactionHours,
    decimal? P90ReactionHours)
{
    /// <summary>No request in the month.</summary>
    public static SlaComplianceSummary None { get; } = new(0, 0, 0, 1m, null, null);
}
