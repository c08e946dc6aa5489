using System.Text.Json;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Cli;
using CrmSupportHub.Worker.Tests.EndToEnd;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Worker.Tests.Cli;

/// <summary>
/// What a command runs against: a temp configuration file (passed with <c>--config</c>) naming one
/// client "acme" on a Pipedrive sandbox, a temp SQLite file and a fake clock injected into the host.
/// </summary>
internal sealed class CliTestEnvironment : IDisposable
{
    /// <summary>Tuesday 10 March 2026, 12:00 in Kyiv.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("crm-hub-cli-").FullName;

    public CliTestEnvironment(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        Crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0, TimeProvider = Time });
        Settings = HubUnderTest.ClientSettings(Crm, Database, polling: false);
        Settings["CrmSupportHub:Clients:0:ContractStart"] = "2026-01-01";
        Settings["CrmSupportHub:Clients:0:MonthlyHours"] = "2"; // a bucket of 120 minutes: overage comes quickly
        Settings["CrmSupportHub:Clients:0:ReactionTime"] = "01:00:00"; // warnings at 50 % and 80 %
        Settings["CrmSupportHub:Clients:0:Connection:Timeout"] = "00:00:05";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        WriteConfig();
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public PipedriveSandbox Crm { get; }

    public Dictionary<string, string?> Settings { get; }

    public string Database => Path.Combine(_directory, "hub.db");

    public string ConfigPath => Path.Combine(_directory, "appsettings.json");

    public string PathOf(string file) => Path.Combine(_directory, file);

    /// <summary>Rewrites the configuration file from <see cref="Settings"/> (flat keys are valid JSON configuration).</summary>
    public void WriteConfig() =>
        File.WriteAllText(ConfigPath, JsonSerializer.Serialize(Settings.Where(s => s.Value is not null).ToDictionary()));

    /// <summary>Runs a command in-process with <c>--config</c> and the fake clock.</summary>
    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(
            [.. args, "--config", ConfigPath], output, error, b => b.Services.AddSingleton<TimeProvider>(Time), CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Creates support deals in the sandbox, <paramref name="minutesAgo"/> each, and syncs them in.</summary>
    public async Task<IReadOnlyList<string>> SeedRequestsAsync(params int[] minutesAgo)
    {
        var ids = minutesAgo.Select((m, i) => Crm.CreateDeal($"Request {i + 1}", Now.AddMinutes(-m)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var sync = await RunAsync("sync", "now");
        Assert.That(sync.ExitCode, Is.Zero, sync.Err);
        return ids;
    }

    /// <summary>Rows in a table of the database (0 when the database was never created).</summary>
    public long Count(string table)
    {
        if (!File.Exists(Database))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        Crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

internal sealed record CliRun(int ExitCode, string Out, string Err);
