using System.Diagnostics;
using System.Globalization;

namespace CrmSupportHub.Bench.Common;

/// <summary>
/// Wall and process CPU time of one measured step (CPU time says more on a shared machine), with
/// what it allocated, how many gen-0/gen-2 collections and how much JIT time it caused.
/// </summary>
internal readonly record struct Measured(TimeSpan Wall, TimeSpan Cpu, long Allocated, int Gen0, int Gen2, TimeSpan GcPause, TimeSpan Jit, long JitMethods)
{
    public static async Task<(Measured Time, T Result)> RunAsync<T>(Func<Task<T>> step)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var (allocated, gen0, gen2, pause) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (jit, methods) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var watch = Stopwatch.StartNew();
        var result = await step().ConfigureAwait(false);
        var wall = watch.Elapsed;
        process.Refresh();
        var measured = new Measured(
            wall,
            process.TotalProcessorTime - cpuBefore,
            GC.GetTotalAllocatedBytes() - allocated,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - pause,
            System.Runtime.JitInfo.GetCompilationTime() - jit,
            System.Runtime.JitInfo.GetCompiledMethodCount() - methods);
        return (measured, result);
    }

    public double PerSecond(long count) => count / Wall.TotalSeconds;

    public string Costs => string.Create(
        CultureInfo.InvariantCulture, $"allocated {Allocated / 1_048_576.0:N0} MiB, GCs gen0 {Gen0} gen2 {Gen2} paused {GcPause.TotalMilliseconds:N0} ms, JIT {JitMethods:N0} methods in {Jit.TotalMilliseconds:N0} ms");

    /// <summary><c>1.23 s, 81,000/s (cpu 1.50 s)</c>.</summary>
    public string Describe(long count, string unit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Wall.TotalSeconds,6:F2} s {PerSecond(count),10:N0} {unit}/s   (cpu {Cpu.TotalSeconds:F2} s, {count / Cpu.TotalSeconds:N0} {unit}/cpu-s)");
}
