using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>One seat count as the statement shows it.</summary>
public sealed record SeatFigure(int ActiveUsers, int? Limit, DateTimeOffset CountedAt, SeatCountBasis Basis)
{
    /// <summary>Not counted from the CRM's user list: estimated or configured.</summary>
    public bool IsEstimate => Basis != SeatCountBasis.Counted;

    public bool AtOrOverLimit => Limit is { } limit && ActiveUsers >= limit;

    public static SeatFigure Of(SeatCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return new(count.ActiveUsers, count.Limit, count.CountedAt, count.Basis);
    }
}
