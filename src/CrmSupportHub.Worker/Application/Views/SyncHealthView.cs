using CrmSupportHub.Core.Sync;

namespace CrmSupportHub.Worker.Application.Views;

/// <summary>One sync stream of a client: when it last succeeded, how far behind it is, and its last error.</summary>
/// <param name="Lag">Time since the last success; null when it never succeeded.</param>
/// <param name="Healthy">The last run succeeded (or none failed yet).</param>
public sealed record SyncHealthView(
    string Stream,
    DateTimeOffset? LastSuccessAt,
    TimeSpan? Lag,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    bool Healthy)
{
    public static SyncHealthView Of(SyncState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SyncHealthView(
            state.Stream,
            state.LastSuccessAt,
            state.LastSuccessAt is { } success ? now - success : null,
            state.LastError,
            state.LastErrorAt,
            state.ConsecutiveFailures,
            state.ConsecutiveFailures == 0);
    }
}
