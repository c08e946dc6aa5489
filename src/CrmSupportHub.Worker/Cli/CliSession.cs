using System.CommandLine;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Extensions;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Cli;

/// <summary>
/// One run of the command line: its writers, the options every command takes, and the host a
/// command runs in. Refusals become one line on stderr and exit code 1, configuration problems exit code 2.
/// </summary>
internal sealed class CliSession(TextWriter output, TextWriter error, IReadOnlyList<string> overrides, Action<WebApplicationBuilder>? configure)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    /// <summary>Draw progress on stderr only when a person watches it.</summary>
    public bool ShowsProgress { get; } = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    public Option<FileInfo> Config { get; } = new Option<FileInfo>("--config")
    {
        Description = "A configuration file to use instead of appsettings.json (environment variables still override it).",
        HelpName = "file",
        Recursive = true,
    }.AcceptExistingOnly();

    public Option<string> Environment { get; } = new("--environment")
    {
        Description = "The host environment, as for the worker (Development reads user-secrets and appsettings.Development.json).",
        HelpName = "name",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Write the worker's log to stderr.",
        Recursive = true,
    };

    /// <summary>Runs <paramref name="body"/> with the hub's services, the schema migrated and the contracts saved.</summary>
    public Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        RunAsync(parse, prepare: true, body, cancellationToken);

    /// <summary>Runs <paramref name="body"/> with the hub's services but leaves configuration and database unchecked.</summary>
    public Task<int> RunUncheckedAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        RunAsync(parse, prepare: false, body, cancellationToken);

    public int Fail(string message)
    {
        Err.WriteLine($"error: {message}");
        return CliApp.Refused;
    }

    public int InvalidConfiguration(IEnumerable<string> problems)
    {
        Err.WriteLine("The configuration is invalid:");
        foreach (var problem in problems.Distinct(StringComparer.Ordinal))
        {
            Err.WriteLine($"  - {problem}");
        }

        return CliApp.InvalidConfiguration;
    }

    /// <param name="prepare">Validate the configuration as start-up does, migrate the schema and save the contracts first.</param>
    private async Task<int> RunAsync(
        ParseResult parse, bool prepare, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            IReadOnlyList<string> hostArgs = parse.GetValue(Environment) is { } environment ? [.. overrides, $"--environment={environment}"] : overrides;
            app = CliHost.Build(parse.GetValue(Config), parse.GetValue(Verbose), hostArgs, configure);
        }
        catch (InvalidDataException ex)
        {
            return InvalidConfiguration([ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message]);
        }

        try
        {
            if (prepare)
            {
                app.Services.GetRequiredService<IStartupValidator>().Validate();
                // The same start-up step as the worker's: the migrations are idempotent and safe beside a running worker.
                var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(app.Services);
                await initializer.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            return await body(app.Services, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ConfigurationProblems.Of(ex) is { Count: > 0 } problems)
        {
            return InvalidConfiguration(problems);
        }
        catch (HubOperationException ex)
        {
            return Fail(ex.Message);
        }
        catch (LedgerException ex)
        {
            return Fail(ex.Message);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
