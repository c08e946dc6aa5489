using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Bench.Memory;

/// <summary>
/// The worker as a child process (<c>dotnet CrmSupportHub.Worker.dll</c>) from a private copy of its
/// build output, whose appsettings.json is the generated one (the worker reads it from its own directory).
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Copies the worker's build output (beside the bench's, in src/CrmSupportHub.Worker/bin/Release) into <paramref name="directory"/>.</summary>
    public static string CopyBuild(string directory)
    {
        var source = Path.Combine(RepositoryRoot(), "src", "CrmSupportHub.Worker", "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(source, "CrmSupportHub.Worker.dll")))
        {
            throw new InvalidOperationException($"No Release build of the worker in {source}; build the bench in Release first.");
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return Path.Combine(directory, "CrmSupportHub.Worker.dll");
    }

    public static WorkerProcess Start(string workerDll)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(workerDll);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    /// <summary>Resident set size from /proc/&lt;pid&gt;/status (VmRSS), in MiB.</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kib = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib / 1024.0;
    }

    /// <summary>Waits until every client's first request poll succeeded (sync_state), or the worker exits.</summary>
    public async Task<int> WaitForFirstPollsAsync(string databasePath, int clients, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var done = 0;
        while (watch.Elapsed < timeout && !_process.HasExited)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (!File.Exists(databasePath))
            {
                continue;
            }

            try
            {
                await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM sync_state WHERE stream = 'requests' AND last_success_at IS NOT NULL";
                done = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }
            catch (SqliteException)
            {
                continue; // the schema is not there yet
            }

            if (done >= clients)
            {
                break;
            }
        }

        return done;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSupportHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository (CrmSupportHub.sln not found above it).");
    }
}
