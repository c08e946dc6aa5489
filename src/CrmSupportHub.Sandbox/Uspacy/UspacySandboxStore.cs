namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>The sandbox's users and entity items, safe to change while the server answers. Deleted items are gone, as in Uspacy.</summary>
internal sealed class UspacySandboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, UspacySandboxItem> _items = [];
    private readonly List<UspacySandboxUser> _users = [];
    private long _nextItemId = 1001;

    public UspacySandboxUser AddUser(Func<long, UspacySandboxUser> create)
    {
        lock (_lock)
        {
            var user = create(_users.Count + 1);
            _users.Add(user);
            return user;
        }
    }

    public UspacySandboxUser UpdateUser(long id, Func<UspacySandboxUser, UspacySandboxUser> change)
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

    public UspacySandboxItem AddItem(Func<long, UspacySandboxItem> create)
    {
        lock (_lock)
        {
            var item = create(_nextItemId++);
            _items.Add(item.Id, item);
            return item;
        }
    }

    public UspacySandboxItem Update(long id, Func<UspacySandboxItem, UspacySandboxItem> change)
    {
        lock (_lock)
        {
            if (!_items.TryGetValue(id, out var before))
            {
                throw new KeyNotFoundException($"The sandbox has no item {id}.");
            }

            var after = change(before) with { Id = id };
            _items[id] = after;
            return after;
        }
    }

    public bool Delete(long id)
    {
        lock (_lock)
        {
            return _items.Remove(id);
        }
    }

    public UspacySandboxItem? FindItem(long id)
    {
        lock (_lock)
        {
            return _items.GetValueOrDefault(id);
        }
    }

    public UspacySandboxItem[] Items()
    {
        lock (_lock)
        {
            return [.. _items.Values];
        }
    }

    public UspacySandboxUser[] Users()
    {
        lock (_lock)
        {
            return [.. _users];
        }
    }
}
