using System.Diagnostics;

namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file on a background thread. SQLite's own
/// auto-checkpoint runs inside whichever commit pushes the log over its threshold, so a sync page
/// or a group of webhooks would wait for megabytes of copying and an fsync. The busy write paths
/// nudge this after each commit instead; a passive checkpoint never blocks readers or the writer.
/// The connections keep a larger auto-checkpoint (see <see cref="SqliteDatabase"/>) as the
/// backstop for writes that never nudge.
/// </summary>
internal sealed class WalCheckpointer(SqliteDatabase database)
{
    private static readonly long MinimumInterval = Stopwatch.Frequency / 4;

    private long _lastStarted = Stopwatch.GetTimestamp() - MinimumInterval;
    private int _running;
    private volatile bool _stopped;

    /// <summary>How many checkpoints ran; lets tests see that commits trigger them.</summary>
    internal int Completed { get; private set; }

    /// <summary>Starts a checkpoint unless one is running or one started less than 250 ms ago.</summary>
    public void Nudge()
    {
        var now = Stopwatch.GetTimestamp();
        if (now - Volatile.Read(ref _lastStarted) < MinimumInterval || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }

        if (_stopped)
        {
            Volatile.Write(ref _running, 0);
            return;
        }

        Volatile.Write(ref _lastStarted, now);
        _ = Task.Run(CheckpointAsync);
    }

    /// <summary>Starts no more checkpoints and waits (up to a bound) for the one running, so the files can be closed or deleted.</summary>
    public void Stop()
    {
        _stopped = true;
        SpinWait.SpinUntil(() => Volatile.Read(ref _running) == 0, TimeSpan.FromSeconds(30));
    }

    private async Task CheckpointAsync()
    {
        try
        {
            using var connection = await database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
            Completed++;
        }
#pragma warning disable CA1031 // nothing waits for this: a failed checkpoint is retried at the next nudge, and the auto-checkpoint backs it up
        catch (Exception)
        {
        }
#pragma warning restore CA1031
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
