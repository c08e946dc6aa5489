namespace CrmSupportHub.Core.Ledger;

/// <summary>Days of free support: <see cref="First"/> to <see cref="Last"/>, both included.</summary>
internal readonly record struct HypercareWindow(DateOnly First, DateOnly Last)
{
    /// <summary>A window of <paramref name="days"/> days starting on <paramref name="start"/> (go-live or delivery day).</summary>
    public static HypercareWindow From(DateOnly start, int days) => new(start, start.AddDays(Math.Max(days, 0) - 1));

    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
