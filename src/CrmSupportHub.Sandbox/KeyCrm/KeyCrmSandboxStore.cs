namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>The sandbox's data, safe to change while the server answers.</summary>
internal sealed class KeyCrmSandboxStore
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<long, KeyCrmSandboxCard> _cards = [];
    private readonly List<KeyCrmSandboxUser> _users = [];
    private long _nextCardId = 1001;

    public KeyCrmSandboxUser AddUser(string firstName, string lastName, string email, string status, DateTimeOffset created)
    {
        lock (_lock)
        {
            var user = new KeyCrmSandboxUser(_users.Count + 1, firstName, lastName, email, status, created);
            _users.Add(user);
            return user;
        }
    }

    public KeyCrmSandboxUser UpdateUser(long id, Func<KeyCrmSandboxUser, KeyCrmSandboxUser> change)
    {
        lock (_lock)
        {
            var index = _users.FindIndex(u => u.Id == id);
            if (index < 0)
            {
                throw new KeyNotFoundException($"The sandbox has no user {id}.");
            }

            _users[index] = change(_users[index]) with { Id = id };
            return _users[index];
        }
    }

    public KeyCrmSandboxCard AddCard(string title, long pipelineId, long statusId, long? managerId, DateTimeOffset at)
    {
        lock (_lock)
        {
            at = WholeSeconds(at);
            var card = new KeyCrmSandboxCard(_nextCardId++, title, pipelineId, statusId, managerId, ContactId: null, SourceId: null, at, at, at);
            _cards.Add(card.Id, card);
            return card;
        }
    }

    public KeyCrmSandboxCard Update(long id, Func<KeyCrmSandboxCard, KeyCrmSandboxCard> change)
    {
        lock (_lock)
        {
            if (!_cards.TryGetValue(id, out var before) || before.IsDeleted)
            {
                throw new KeyNotFoundException($"The sandbox has no card {id}.");
            }

            var after = change(before) with { Id = id };
            after = after with { UpdatedAt = WholeSeconds(after.UpdatedAt), StatusChangedAt = WholeSeconds(after.StatusChangedAt) };
            _cards[id] = after;
            return after;
        }
    }

    public KeyCrmSandboxCard? FindCard(long id)
    {
        lock (_lock)
        {
            return _cards.TryGetValue(id, out var card) && !card.IsDeleted ? card : null;
        }
    }

    /// <summary>Live cards in id order (KeyCRM documents no sort for cards; id order is the guess).</summary>
    public KeyCrmSandboxCard[] Cards()
    {
        lock (_lock)
        {
            return [.. _cards.Values.Where(c => !c.IsDeleted)];
        }
    }

    /// <summary>KeyCRM keeps times to the second; so does the sandbox, or a filter bound could split a second.</summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset at) => at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerSecond)).ToUniversalTime();

    public KeyCrmSandboxUser[] Users()
    {
        lock (_lock)
        {
            return [.. _users];
        }
    }
}
