using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Bench.Common;

/// <summary>A scratch directory for a benchmark's database files, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-support-hub-bench", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the files open
        Directory.Delete(Path, recursive: true);
    }
}
