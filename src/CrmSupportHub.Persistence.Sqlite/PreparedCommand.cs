using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite;

/// <summary>
/// A command compiled once and executed once per row inside a transaction: the hot write paths
/// go through this rather than Dapper, which rebinds and re-prepares per call.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private bool _prepared;

    public PreparedCommand(SqliteTransaction transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
    }

    public static object Nullable(object? value) => value ?? DBNull.Value;

    public SqliteParameter Add(string name)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        _command.Parameters.Add(parameter);
        return parameter;
    }

    /// <returns>The number of rows changed.</returns>
    public int Execute()
    {
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }

        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
