using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>
/// One statement compiled once and run once per row inside a transaction, straight on
/// SQLitePCLRaw: the hot write paths (request upserts, events, inbox) go through this because
/// ADO.NET's per-execution reader and by-name binding cost about a third of the time per row.
/// Parameter names are resolved to positions once.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private const int StackLimit = 512;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <param name="transaction">Holds the write lock, so steps never meet SQLITE_BUSY.</param>
    public SqliteStatement(SqliteTransaction transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        _db = transaction.Connection!.Handle!;
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            _statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <returns>The 1-based position of a named parameter such as <c>$client_id</c>.</returns>
    public int IndexOf(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, name);
        return index > 0 ? index : throw new ArgumentException($"The statement has no parameter '{name}'.", nameof(name));
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        // Encoded into a stack buffer (SQLite copies it): binding a string directly allocates a
        // UTF-8 array per value, several per row on the hot write paths.
        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            Check(raw.sqlite3_bind_text(_statement, index, buffer[..length]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Binds an instant in <see cref="DbText.FromInstant(DateTimeOffset)"/>'s form, formatted straight to UTF-8.</summary>
    public void Bind(int index, DateTimeOffset? value)
    {
        if (value is not { } instant)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        Span<byte> buffer = stackalloc byte[DbText.InstantLength];
        if (!instant.UtcDateTime.TryFormat(buffer, out var length, "O", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"An instant did not fit in {DbText.InstantLength} bytes.");
        }

        Check(raw.sqlite3_bind_text(_statement, index, buffer[..length]));
    }

    // An empty span would bind NULL; a zero-length blob is what was meant.
    public void Bind(int index, byte[] value) => Check(value.Length == 0
        ? raw.sqlite3_bind_zeroblob(_statement, index, 0)
        : raw.sqlite3_bind_blob(_statement, index, value));

    /// <returns>The number of rows the statement changed.</returns>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
