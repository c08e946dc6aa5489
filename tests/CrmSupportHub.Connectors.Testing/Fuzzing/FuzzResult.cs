namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>What one parser made of one fuzz case.</summary>
public sealed record FuzzResult(FuzzOutcome Outcome, string? Detail = null)
{
    public static FuzzResult Accepted { get; } = new(FuzzOutcome.Accepted);

    public static FuzzResult Rejected(string? reason) => new(FuzzOutcome.Rejected, reason);

    public static FuzzResult Unsound(string what) => new(FuzzOutcome.Unsound, what);

    public static FuzzResult Crashed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var frame = error.StackTrace?.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Contains("CrmSupportHub", StringComparison.Ordinal));
        return new(FuzzOutcome.Crashed, $"{error.GetType().Name}: {error.Message} {frame}");
    }

    /// <summary>A crash, an unsound acceptance, or a rejection that does not say why.</summary>
    public bool IsFinding => Outcome is FuzzOutcome.Crashed or FuzzOutcome.Unsound || (Outcome == FuzzOutcome.Rejected && string.IsNullOrWhiteSpace(Detail));
}
