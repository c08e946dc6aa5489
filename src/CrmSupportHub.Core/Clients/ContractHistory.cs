namespace CrmSupportHub.Core.Clients;

/// <summary>
/// A client's effective-dated contract: the version in force on a date decides that date's SLA,
/// user limit and bucket. Before the first version the first one applies.
/// </summary>
public sealed class ContractHistory
{
    public ContractHistory(IEnumerable<ContractVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Versions = [.. versions.OrderBy(v => v.EffectiveFrom)];
        if (Versions.Count == 0)
        {
            throw new ArgumentException("A contract needs at least one version.", nameof(versions));
        }

        for (var i = 1; i < Versions.Count; i++)
        {
            if (Versions[i].EffectiveFrom == Versions[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Two contract versions take effect on {Versions[i].EffectiveFrom:yyyy-MM-dd}.", nameof(versions));
            }
        }
    }

    /// <summary>Versions ordered by effective date.</summary>
    public IReadOnlyList<ContractVersion> Versions { get; }

    public ContractVersion InForceOn(DateOnly date)
    {
        var current = Versions[0];
        foreach (var version in Versions)
        {
            if (version.EffectiveFrom > date)
            {
                break;
            }

            current = version;
        }

        return current;
    }
}
