using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Which contract terms the ledger uses for a month.</summary>
public static class LedgerTerms
{
    /// <summary>The first month with a bucket: the month the earliest contract version takes effect.</summary>
    public static LedgerMonth StartMonth(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return LedgerMonth.Of(client.Contract.Versions[0].EffectiveFrom);
    }

    /// <summary>
    /// The bucket comes from the version in force on the month's first day, so a package change
    /// reaches the bucket from the next month (SLA and seat limits follow it at once).
    /// </summary>
    public static PackageTerms BucketTerms(ClientProfile client, LedgerMonth month)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Contract.InForceOn(month.FirstDay).Terms;
    }
}
