using System.CommandLine;
using System.Text.Json;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Security;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>keys new</c>: makes an analyst's API key and the configuration entry with its hash.</summary>
internal static class KeysCommand
{
    private static readonly JsonSerializerOptions AppSettingsJson = new(CliText.Json) { PropertyNamingPolicy = null };

    public static Command Create(CliSession session)
    {
        var name = CliOptions.Text("--name", "The analyst the key is for.", "analyst");
        var role = new Option<AnalystRole>("--role")
        {
            Description = "analyst (default: reads and records work) or admin (also approvals, conversions, closing).",
            HelpName = "analyst|admin",
            DefaultValueFactory = _ => AnalystRole.Analyst,
            CustomParser = r => CliOptions.Parse<AnalystRole>(
                r,
                t => Enum.TryParse<AnalystRole>(t, ignoreCase: true, out var parsed) && !int.TryParse(t, out _) ? parsed : null,
                "--role must be analyst or admin."),
        };
        var clients = new Option<string[]>("--client")
        {
            Description = "A client the key may see (repeat for several); default: every client.",
            HelpName = "id",
        };
        var create = new CliCommand(
            "new",
            "Prints a new API key once, and the configuration entry with its SHA-256 hash to paste into "
            + "appsettings.json or user-secrets. Only the hash is configured; the key cannot be shown again.",
            "keys new --name \"Olena K\" --role analyst --client acme --client globex")
        {
            name, role, clients,
        };
        create.SetAction((parse, ct) => session.RunUncheckedAsync(parse, (services, _) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var known = configuration.GetSection($"{HubOptions.SectionName}:Clients").GetChildren()
                .Select(c => c["Id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var scope = (parse.GetValue(clients) ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (scope.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
            {
                return Task.FromResult(session.Fail($"Unknown client '{unknown}': it is not configured."));
            }

            var index = configuration.GetSection($"{HubOptions.SectionName}:Analysts").GetChildren().Count();
            var entry = new AnalystKeyOptions { Name = parse.GetRequiredValue(name), Role = parse.GetValue(role), Clients = scope };
            var key = ApiKeys.NewKey();
            entry.KeyHash = ApiKeys.Hash(key);
            Write(session.Out, key, entry, index);
            return Task.FromResult(CliApp.Ok);
        }, ct));
        return new Command("keys", "Manages analysts' API keys.") { create };
    }

    private static void Write(TextWriter output, string key, AnalystKeyOptions entry, int index)
    {
        var scope = entry.Clients.Count == 0 ? "every client" : string.Join(", ", entry.Clients);
        output.WriteLine($"New API key for {entry.Name} ({entry.Role}, {scope}); it is shown only this once:");
        output.WriteLine();
        output.WriteLine($"  {key}");
        output.WriteLine();
        output.WriteLine($"Add this entry to {HubOptions.SectionName}:Analysts in appsettings.json (the hash, never the key):");
        output.WriteLine();
        output.WriteLine(JsonSerializer.Serialize(entry, AppSettingsJson));
        output.WriteLine();
        output.WriteLine("or with user-secrets:");
        var prefix = $"{HubOptions.SectionName}:Analysts:{CliText.Number(index)}";
        var settings = new List<(string Key, string Value)> { ("Name", entry.Name!), ("KeyHash", entry.KeyHash!), ("Role", entry.Role.ToString()) };
        settings.AddRange(entry.Clients.Select((c, i) => ($"Clients:{CliText.Number(i)}", c)));
        foreach (var (setting, value) in settings)
        {
            output.WriteLine($"  dotnet user-secrets --project src/CrmSupportHub.Worker set \"{prefix}:{setting}\" \"{value}\"");
        }
    }
}
