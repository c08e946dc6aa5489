using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Core.Users;

/// <summary>The outcome of counting: the count to append (if it changed) and an alert when the limit is reached.</summary>
public sealed record SeatCountResult(SeatCount Count, bool Changed, SeatLimitReached? LimitReached);

/// <summary>Counts a client's active CRM users, less the consultancy's analysts, against the limit in force.</summary>
public sealed class SeatCounter(PackageCatalog catalog)
{
    public SeatCountResult Count(
        ClientProfile client,
        IEnumerable<CrmUser> users,
        SeatCount? previous,
        DateTimeOffset now,
        SeatCountBasis basis = SeatCountBasis.Counted)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(users);
        var active = users.Count(u => u.IsActive && !u.IsAnalyst);
        return Record(client, active, previous, now, basis);
    }

    /// <summary>Records a count obtained otherwise (configured or estimated).</summary>
    public SeatCountResult Record(ClientProfile client, int activeUsers, SeatCount? previous, DateTimeOffset now, SeatCountBasis basis)
    {
        ArgumentNullException.ThrowIfNull(client);
        var terms = client.Contract.InForceOn(client.LocalDate(now)).Terms;
        var count = new SeatCount(client.Id, now, activeUsers, terms.MaxUsers, terms.Tier, basis);
        var changed = previous is null
            || previous.ActiveUsers != count.ActiveUsers
            || previous.Limit != count.Limit
            || previous.Basis != count.Basis;

        // Alert on crossing into "at or over the limit", not on every poll while it stays there.
        var crossed = count.AtOrOverLimit && (previous is null || !previous.AtOrOverLimit || previous.Limit != count.Limit);
        var alert = crossed
            ? new SeatLimitReached(client.Id, now, activeUsers, count.Limit!.Value, terms.Tier, catalog.SmallestFitting(activeUsers))
            : null;
        return new SeatCountResult(count, changed, alert);
    }
}
