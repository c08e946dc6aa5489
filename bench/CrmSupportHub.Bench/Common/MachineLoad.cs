using System.Globalization;

namespace CrmSupportHub.Bench.Common;

/// <summary>The load average next to every figure: the benchmarks run on a small shared machine.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return string.Create(CultureInfo.InvariantCulture, $"load average {load} on {Environment.ProcessorCount} cores");
    }
}
