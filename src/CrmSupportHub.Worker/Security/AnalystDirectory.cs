using CrmSupportHub.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Security;

/// <summary>Finds the analyst an API key belongs to. Every configured hash is compared, in constant time each, so timing tells nothing.</summary>
internal sealed class AnalystDirectory(IOptions<HubOptions> options)
{
    private readonly List<AnalystKeyOptions> _keys = options.Value.Analysts;

    public bool IsEmpty => _keys.Count == 0;

    public Analyst? Authenticate(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 256)
        {
            return null;
        }

        AnalystKeyOptions? found = null;
        foreach (var entry in _keys)
        {
            if (entry.KeyHash is not null && ApiKeys.Matches(key, entry.KeyHash) && found is null)
            {
                found = entry;
            }
        }

        return found is null
            ? null
            : new Analyst(found.Name!, found.Role, found.Clients.Count == 0 ? null : found.Clients.ToHashSet(StringComparer.Ordinal));
    }
}
