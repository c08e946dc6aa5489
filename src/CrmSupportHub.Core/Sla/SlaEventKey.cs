namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Identifies one milestone of one clock, independently of its due instant (which moves with
/// pauses and recomputes). A unique index on it in storage makes each warning and breach fire once.
/// </summary>
/// <param name="Milestone">The milestone's <see cref="SlaMilestone.Code"/>.</param>
public readonly record struct SlaEventKey(string ClientId, string RequestId, SlaClockKind Clock, string Milestone)
{
    /// <summary>"client/request/reaction/warning-0.5", each id percent-encoded so the form parses back.</summary>
    public override string ToString() =>
        $"{Uri.EscapeDataString(ClientId)}/{Uri.EscapeDataString(RequestId)}/{ClockName(Clock)}/{Milestone}";

    public static SlaEventKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        var clock = parts.Length == 4 ? ClockFromName(parts[2]) : null;
        if (clock is null || parts[3].Length == 0)
        {
            throw new FormatException($"'{text}' is not an SLA event key.");
        }

        return new SlaEventKey(Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]), clock.Value, parts[3]);
    }

    private static string ClockName(SlaClockKind clock) => clock == SlaClockKind.Reaction ? "reaction" : "resolution";

    private static SlaClockKind? ClockFromName(string name) => name switch
    {
        "reaction" => SlaClockKind.Reaction,
        "resolution" => SlaClockKind.Resolution,
        _ => null,
    };
}
