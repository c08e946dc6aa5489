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
        var all = problems.Concat(UnknownClientKeys()).ToList();
        if (string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            all.Add($"{HubOptions.SectionName}:Database:ConnectionString: is required.");
        }

        return all.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(all);
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
