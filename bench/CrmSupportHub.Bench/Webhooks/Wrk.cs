using System.Diagnostics;
using System.Globalization;

namespace CrmSupportHub.Bench.Webhooks;

/// <summary>Runs the <c>wrk</c> load generator (Debian package <c>wrk</c>).</summary>
internal static class Wrk
{
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, "wrk")));

    public static async Task<WrkResult> RunAsync(Uri url, string script, int threads, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{seconds}s",
            "--timeout", "10s",
            "-s", script,
            url.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? WrkResult.Parse(await output)
            : throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await error}");
    }
}
