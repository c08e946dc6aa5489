using CrmSupportHub.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSupportHub;

/// <summary>
/// Validates one client's connector options at start-up: the options' own checks plus unknown
/// (misspelt) keys in its sections. Messages name the client and the full key, never a value.
/// </summary>
internal sealed class ConnectorOptionsValidator<TOptions>(string clientId, IConfigurationSection section, string kind)
    : IValidateOptions<TOptions> where TOptions : class, IConnectorOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (name != clientId)
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = options.Validate().Concat(UnknownKeys()).ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"Client '{clientId}': {section.Path}:{p.Key}: {p.Message}"));
    }

    private IEnumerable<ConfigurationProblem> UnknownKeys()
    {
        // The client section also holds hub keys (Package, Calendar, ...): only the connector's own
        // sub-sections are checked here, against the properties of the matching options type.
        foreach (var property in typeof(TOptions).GetProperties())
        {
            var type = property.PropertyType;
            if (!type.IsClass || typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                continue;
            }

            var known = type.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var child in section.GetSection(property.Name).GetChildren())
            {
                if (!known.Contains(child.Key))
                {
                    yield return new ConfigurationProblem(
                        $"{property.Name}:{child.Key}",
                        $"is not a setting of the {kind} connector (known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
                }
            }
        }
    }
}
