using System.Globalization;
using CrmSupportHub.Bench.Common;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using CrmSupportHub.Sandbox.NetHunt;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Bench.Memory;

/// <summary>
/// Resident memory of an idle worker process with 200 clients (50 on each CRM's sandbox, polling on:
/// each client's first poll of users and requests, then idle until its next poll in 5 minutes),
/// against the same worker with one client.
/// </summary>
internal sealed class IdleMemoryBenchmark : IBenchmark
{
    public string Name => "idle-memory";

    public string Description => "RSS of an idle worker process with 200 clients polling local sandboxes vs 1 client [--clients 200] [--idle 15]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var clients = BenchArgs.Int(args, "--clients", 200);
        var idle = TimeSpan.FromSeconds(BenchArgs.Int(args, "--idle", 15));
        using var temp = new TempDirectory();
        var worker = WorkerProcess.CopyBuild(Path.Combine(temp.Path, "worker"));
        ISandboxCrm[] sandboxes =
        [
            new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 }),
            new KeyCrmSandbox(new KeyCrmSandboxOptions { RequestsPerMinute = 0 }), // one key for all 50 clients here
            new NetHuntSandbox(),
            new UspacySandbox(),
        ];
        try
        {
            foreach (var sandbox in sandboxes)
            {
                sandbox.SeedUsers(12);
                sandbox.SeedRequests(25, TimeProvider.System.GetUtcNow().AddHours(-3));
            }

            await output.WriteLineAsync($"idle-memory: worker child process (server GC, as configured), polling on against 4 local sandboxes; {MachineLoad.Describe()}");
            var baseline = await MeasureAsync(worker, temp, sandboxes, 1, idle, output);
            var loaded = await MeasureAsync(worker, temp, sandboxes, clients, idle, output);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {clients} clients: {loaded:F0} MiB vs 1 client: {baseline:F0} MiB ({(loaded - baseline) / (clients - 1) * 1024:F0} KiB per further client); target <= 200 MiB: {(loaded <= 200 ? "met" : "MISSED")}"));
        }
        finally
        {
            foreach (var sandbox in sandboxes)
            {
                sandbox.Dispose();
            }
        }
    }

    private static async Task<double> MeasureAsync(string worker, TempDirectory temp, ISandboxCrm[] sandboxes, int clients, TimeSpan idle, TextWriter output)
    {
        var database = temp.File($"idle-{clients}.db");
        WorkerConfig.Write(Path.Combine(Path.GetDirectoryName(worker)!, "appsettings.json"), database, sandboxes, clients);
        using var process = WorkerProcess.Start(worker);
        var polled = await process.WaitForFirstPollsAsync(database, clients, TimeSpan.FromMinutes(3));
        if (process.HasExited || polled < clients)
        {
            throw new InvalidOperationException($"The worker with {clients} clients {(process.HasExited ? "exited" : "timed out")} after {polled} first polls.");
        }

        var startup = process.ResidentMiB();
        await Task.Delay(idle);
        var samples = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            samples.Add(process.ResidentMiB());
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var resident = samples.Min();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {clients,3} client(s): all first polls done at {startup:F0} MiB; after {idle.TotalSeconds:F0} s idle VmRSS {resident:F0} MiB (min of 5 samples, max {samples.Max():F0})"));
        return resident;
    }
}
