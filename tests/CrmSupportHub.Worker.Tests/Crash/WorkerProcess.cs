using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Worker.Tests.Crash;

/// <summary>
/// The real worker as a child process (<c>dotnet CrmSupportHub.Worker.dll</c>), configured through
/// environment variables against a sandbox CRM and a SQLite file, so a test can SIGKILL it.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public static async Task<WorkerProcess> StartAsync(ISandboxCrm crm, string database, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CrmSupportHub.Worker.dll"), "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The committed appsettings.json is loaded too: its client 0 is replaced key by key.
        var environment = new Dictionary<string, string>
        {
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={database}",
            ["CrmSupportHub:Clients:0:Id"] = "acme",
            ["CrmSupportHub:Clients:0:Crm"] = crm.Kind,
            ["CrmSupportHub:Clients:0:Package"] = "Start",
            ["CrmSupportHub:Clients:0:Calendar:AlwaysOpen"] = "true",
            ["CrmSupportHub:Clients:0:PollInterval"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CrmSupportHub.Worker.Sla.SlaOutboxDispatcher"] = "None",
        };
        foreach (var (key, value) in crm.ClientSettings)
        {
            environment["CrmSupportHub:Clients:0:" + key] = value ?? string.Empty;
        }

        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { }; // drained so a full pipe never blocks the worker
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var worker = new WorkerProcess(process, address);
        await worker.WaitHealthyAsync();
        return worker;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, like a power cut for the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            Assert.That(_process.HasExited, Is.False, "the worker exited during start-up");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }

            await Task.Delay(100);
        }

        Assert.Fail("The worker did not become healthy within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
