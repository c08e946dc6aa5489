using CrmSupportHub.Connectors;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Configuration;

/// <summary>Stops start-up on any configuration problem, naming the client and the key.</summary>
internal sealed class HubOptionsValidator(ConnectorCatalog connectors, IConfiguration configuration) : IValidateOptions<HubOptions>
{
    private static readonly HashSet<string> ClientKeys = new(
        typeof(ClientOptions).GetProperties().Select(p => p.Name).Concat(["Connection", "Webhook", "Settings"]),
        StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var (_, problems) = new ClientProfileFactory(options, connectors).Build();
        var all = problems.Concat(UnknownClientKeys()).Concat(AnalystProblems(options)).ToList();
        if (string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            all.Add($"{HubOptions.SectionName}:Database:ConnectionString: is required.");
        }

        return all.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(all);
    }

    private static IEnumerable<string> AnalystProblems(HubOptions options)
    {
        var clientIds = options.Clients.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < options.Analysts.Count; index++)
        {
            var analyst = options.Analysts[index];
            var label = $"Analyst '{analyst.Name}' ({HubOptions.SectionName}:Analysts:{index}";
            if (string.IsNullOrWhiteSpace(analyst.Name))
            {
                yield return $"{label}:Name): is required.";
            }

            if (!Security.ApiKeys.IsHash(analyst.KeyHash))
            {
                yield return $"{label}:KeyHash): must be 'sha256:' and 64 lower-case hex digits, as printed by 'keys new' (configure the hash, never the key; the value is not shown).";
            }

            foreach (var unknown in analyst.Clients.Where(c => !clientIds.Contains(c)))
            {
                yield return $"{label}:Clients): '{unknown}' is not a configured client.";
            }
        }
    }

    private IEnumerable<string> UnknownClientKeys()
    {
        foreach (var client in configuration.GetSection($"{HubOptions.SectionName}:Clients").GetChildren())
        {
            foreach (var key in client.GetChildren().Select(c => c.Key).Where(k => !ClientKeys.Contains(k)))
            {
                yield return $"Client '{client["Id"]}' ({client.Path}:{key}): is not a client setting (misspelt?).";
            }

        }
    }
}
