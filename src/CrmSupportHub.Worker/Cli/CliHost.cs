using Microsoft.Extensions.Configuration.Json;

namespace CrmSupportHub.Worker.Cli;

/// <summary>
/// Builds the worker's services for a command, through the same <see cref="HubApplication.Build"/> as
/// the worker, without starting it: no Kestrel, no hosted services, no logging to stdout.
/// </summary>
internal static class CliHost
{
    /// <summary>Splits configuration overrides (<c>--Section:Key=value</c>) from the command's own arguments.</summary>
    public static (string[] Command, string[] Overrides) SplitOverrides(IReadOnlyList<string> args)
    {
        static bool IsOverride(string arg)
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 && arg.AsSpan(2, equals - 2).Contains(':');
        }

        return ([.. args.Where(a => !IsOverride(a))], [.. args.Where(IsOverride)]);
    }

    public static WebApplication Build(
        FileInfo? configFile, bool verbose, IReadOnlyList<string> overrides, Action<WebApplicationBuilder>? configure) =>
        HubApplication.Build([.. overrides], builder =>
        {
            if (configFile is not null)
            {
                UseConfigFile(builder.Configuration, configFile);
            }

            builder.Logging.ClearProviders();
            if (verbose)
            {
                builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            }

            configure?.Invoke(builder);
        });

    /// <summary>
    /// The file replaces appsettings.json (and appsettings.{Environment}.json) in their place, so
    /// environment variables and overrides still win over it, as they do over appsettings.json.
    /// A replacement rather than an addition, because the Clients array would merge by index.
    /// </summary>
    private static void UseConfigFile(ConfigurationManager configuration, FileInfo file)
    {
        var sources = configuration.Sources;
        var appSettings = sources.OfType<JsonConfigurationSource>()
            .Where(s => s.Path?.StartsWith("appsettings.", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        var index = appSettings.Count == 0 ? 0 : sources.IndexOf(appSettings[0]);
        foreach (var source in appSettings)
        {
            sources.Remove(source);
        }

        var replacement = new JsonConfigurationSource { Path = file.FullName, Optional = false, ReloadOnChange = false };
        replacement.ResolveFileProvider();
        sources.Insert(index, replacement);
    }
}
