using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Requests;

/// <summary>
/// An insert that writes up to <see cref="RowsPerStatement"/> rows per statement
/// (<c>VALUES (…), (…), …</c>) inside the caller's transaction. SQLite pays its per-statement
/// work (starting the program, opening cursors, the AUTOINCREMENT bookkeeping) once per step,
/// so a page of rows costs a tenth of the steps; rows are still applied in the order added.
/// </summary>
/// <typeparam name="TRow">What one row is bound from.</typeparam>
internal sealed class MultiRowInsert<TRow> : IDisposable
{
    internal const int RowsPerStatement = 50;

    private readonly SqliteTransaction _transaction;
    private readonly string _head, _rowValues, _tail;
    private readonly int _columns;
    private readonly Action<RowBinder, TRow> _bind;
    private readonly TRow[] _pending = new TRow[RowsPerStatement];
    private SqliteStatement? _full;
    private int _count;

    /// <param name="head">Up to and including <c>VALUES</c>.</param>
    /// <param name="columns">How many <c>?</c> one row has; the row template is built from it.</param>
    /// <param name="tail">What follows the rows, such as an <c>ON CONFLICT</c> clause.</param>
    /// <param name="bind">Binds one row's values, column by column in the order of the head.</param>
    public MultiRowInsert(SqliteTransaction transaction, string head, int columns, string tail, Action<RowBinder, TRow> bind)
    {
        _transaction = transaction;
        _head = head;
        _columns = columns;
        _rowValues = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
        _tail = tail;
        _bind = bind;
    }

    public void Add(TRow row)
    {
        _pending[_count++] = row;
        if (_count == RowsPerStatement)
        {
            Flush();
        }
    }

    /// <summary>Writes the rows added since the last statement; call before the transaction commits.</summary>
    public void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        var partial = _count < RowsPerStatement ? Prepare(_count) : null;
        var statement = partial ?? (_full ??= Prepare(RowsPerStatement));
        try
        {
            for (var row = 0; row < _count; row++)
            {
                _bind(new RowBinder(statement, row * _columns), _pending[row]);
            }

            statement.Execute();
        }
        finally
        {
            partial?.Dispose();
            Array.Clear(_pending, 0, _count);
            _count = 0;
        }
    }

    public void Dispose() => _full?.Dispose();

    private SqliteStatement Prepare(int rows) =>
        new(_transaction, $"{_head} {string.Join(", ", Enumerable.Repeat(_rowValues, rows))} {_tail}");
}

/// <summary>Binds the columns of one row of a <see cref="MultiRowInsert{TRow}"/>, by 0-based column.</summary>
internal readonly struct RowBinder(SqliteStatement statement, int offset)
{
    public void Text(int column, string? value) => statement.Bind(offset + column + 1, value);

    public void Instant(int column, DateTimeOffset? value) => statement.Bind(offset + column + 1, value);
}
