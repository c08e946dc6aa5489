namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>The sandbox's data, safe to change while the server answers.</summary>
internal sealed class PipedriveSandboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, PipedriveSandboxDeal> _deals = [];
    private readonly Dictionary<long, PipedriveSandboxDeal> _previous = [];
    private readonly List<PipedriveSandboxUser> _users = [];

    // Deals ordered by (sort value, id) per sort field, dropped on every change: paging a large
    // seeded sandbox then seeks instead of sorting every deal for every page.
    private readonly Dictionary<string, PipedriveSandboxDeal[]> _sorted = new(StringComparer.Ordinal);
    private long _nextDealId = 1;

    public PipedriveSandboxUser AddUser(string name, string email, bool active, DateTimeOffset created)
    {
        lock (_lock)
        {
            var user = new PipedriveSandboxUser(_users.Count + 1, name, email, active, IsDeleted: false, created);
            _users.Add(user);
            return user;
        }
    }

    public PipedriveSandboxUser? UpdateUser(long id, Func<PipedriveSandboxUser, PipedriveSandboxUser> change)
    {
        lock (_lock)
        {
            var index = _users.FindIndex(u => u.Id == id);
            if (index < 0)
            {
                return null;
            }

            _users[index] = change(_users[index]) with { Id = id };
            return _users[index];
        }
    }

    public PipedriveSandboxDeal AddDeal(string title, long pipelineId, long stageId, long? ownerId, DateTimeOffset at)
    {
        lock (_lock)
        {
            var deal = new PipedriveSandboxDeal(_nextDealId++, title, pipelineId, stageId, ownerId, "open", at, at, at);
            _deals.Add(deal.Id, deal);
            _sorted.Clear();
            return deal;
        }
    }

    /// <summary>Replaces a deal, remembering the version before for webhook <c>previous</c> blocks.</summary>
    public PipedriveSandboxDeal Update(long id, Func<PipedriveSandboxDeal, PipedriveSandboxDeal> change)
    {
        lock (_lock)
        {
            if (!_deals.TryGetValue(id, out var before))
            {
                throw new KeyNotFoundException($"The sandbox has no deal {id}.");
            }

            var after = change(before) with { Id = id };
            _previous[id] = before;
            _deals[id] = after;
            _sorted.Clear();
            return after;
        }
    }

    public PipedriveSandboxDeal? FindDeal(long id)
    {
        lock (_lock)
        {
            return _deals.GetValueOrDefault(id);
        }
    }

    public PipedriveSandboxDeal? PreviousDeal(long id)
    {
        lock (_lock)
        {
            return _previous.GetValueOrDefault(id);
        }
    }

    public PipedriveSandboxDeal[] Deals()
    {
        lock (_lock)
        {
            return [.. _deals.Values];
        }
    }

    /// <summary>Every deal in ascending (<paramref name="key"/>, id) order; the array must not be changed.</summary>
    public PipedriveSandboxDeal[] DealsSortedBy(string field, Func<PipedriveSandboxDeal, long> key)
    {
        lock (_lock)
        {
            if (!_sorted.TryGetValue(field, out var sorted))
            {
                sorted = [.. _deals.Values.OrderBy(key).ThenBy(d => d.Id)];
                _sorted[field] = sorted;
            }

            return sorted;
        }
    }

    public PipedriveSandboxUser[] Users()
    {
        lock (_lock)
        {
            return [.. _users];
        }
    }
}
