using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>Opens connections to the hub's database, each set up the same way.</summary>
public sealed class SqliteDatabase : IDisposable
{
    /// <summary>
    /// busy_timeout first, so the journal-mode switch on a fresh file waits for another writer.
    /// WAL lets readers run beside the single writer; NORMAL skips the fsync per commit (a power
    /// cut may lose the last commits, never corrupt the file). Foreign keys are per connection.
    /// The auto-checkpoint at 10,000 pages (40 MiB of log) only backs up <see cref="WalCheckpointer"/>,
    /// which checkpoints in the background every 250 ms while the busy write paths commit.
    /// </summary>
    private const string Pragmas =
        "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 10000;";

    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();
    private readonly WalCheckpointer _checkpointer;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteDatabase(SqliteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, nameof(options));
        ConnectionString = options.ConnectionString;
        _checkpointer = new WalCheckpointer(this);
    }

    public string ConnectionString { get; }

    /// <summary>The database file, or <see langword="null"/> for an in-memory database.</summary>
    public string? FilePath
    {
        get
        {
            var source = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
        }
    }

    /// <summary>Checkpoints the write-ahead log in the background; busy write paths call this after each commit.</summary>
    internal WalCheckpointer Checkpointer => _checkpointer;

    /// <summary>How many physical connections were set up; lets tests see that pooled ones are not set up again.</summary>
    internal int ConfiguredConnections => _configured.Count();

    /// <summary>
    /// Waits for this process's turn to write; take it before opening the connection of a write
    /// transaction and dispose it after the connection. Not re-entrant: a write must not start
    /// another while holding its turn.
    /// </summary>
    internal Task<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) => WriteTurn.TakeAsync(_writeGate, cancellationToken);

    /// <summary>
    /// <see cref="OpenConnectionAsync"/> for a write: the connection comes with this process's
    /// turn to write (<see cref="TakeWriteTurnAsync"/>), which its disposal gives back.
    /// </summary>
    internal async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var turn = await TakeWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            connection.Disposed += (_, _) => turn.Dispose();
            return connection;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>Stops background checkpoints, waiting for one in progress; connections already open stay usable.</summary>
    public void Dispose() => _checkpointer.Stop();

    /// <summary>An open connection (from the pool) with WAL, NORMAL sync, foreign keys and a busy timeout.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // The settings last as long as the physical connection, which the pool hands out again
            // and again: parsing and running the four pragmas at every open cost more than a small
            // write (the inbox processor opens a few connections per webhook).
            var handle = connection.Handle!;
            if (!_configured.TryGetValue(handle, out _))
            {
                using var command = connection.CreateCommand();
                command.CommandText = Pragmas;
                command.ExecuteNonQuery();
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
