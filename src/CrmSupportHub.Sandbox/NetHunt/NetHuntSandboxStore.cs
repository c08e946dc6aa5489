using System.Globalization;

namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>The sandbox's folder and change log, safe to change while the server answers.</summary>
internal sealed class NetHuntSandboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, NetHuntSandboxRecord> _records = new(StringComparer.Ordinal);
    private readonly List<NetHuntSandboxChange> _changes = [];
    private readonly List<NetHuntSandboxUser> _users = [];
    private long _nextId = 1;

    public NetHuntSandboxUser AddUser(string name, string email)
    {
        lock (_lock)
        {
            var user = new NetHuntSandboxUser(NextId("5e"), name, email);
            _users.Add(user);
            return user;
        }
    }

    public NetHuntSandboxRecord AddRecord(IReadOnlyDictionary<string, string> fields, DateTimeOffset at, NetHuntSandboxUser by)
    {
        lock (_lock)
        {
            var record = new NetHuntSandboxRecord(NextId("65"), at, at, Clean(fields));
            _records.Add(record.Id, record);
            Log(record.Id, at, by, "CREATE");
            return record;
        }
    }

    /// <summary>Sets (or, with a <see langword="null"/> value, clears) fields, logging one change per field that changed.</summary>
    public NetHuntSandboxRecord UpdateRecord(string id, IReadOnlyDictionary<string, string?> changes, DateTimeOffset at, NetHuntSandboxUser by)
    {
        lock (_lock)
        {
            var before = Existing(id);
            var fields = new Dictionary<string, string>(before.Fields, StringComparer.Ordinal);
            foreach (var (name, value) in changes)
            {
                var old = fields.GetValueOrDefault(name);
                if (old == value)
                {
                    continue;
                }

                if (value is null)
                {
                    fields.Remove(name);
                }
                else
                {
                    fields[name] = value;
                }

                Log(id, at, by, "UPDATE", name, old, value);
            }

            var after = before with { Fields = fields, UpdatedAt = at > before.UpdatedAt ? at : before.UpdatedAt };
            _records[id] = after;
            return after;
        }
    }

    public void DeleteRecord(string id, DateTimeOffset at, NetHuntSandboxUser by)
    {
        lock (_lock)
        {
            _records[id] = Existing(id) with { IsDeleted = true, UpdatedAt = at };
            Log(id, at, by, "DELETE");
        }
    }

    /// <summary>Logs activity of <paramref name="by"/> that touched no support record.</summary>
    public void LogActivity(NetHuntSandboxUser by, DateTimeOffset at)
    {
        lock (_lock)
        {
            Log(null, at, by, "UPDATE");
        }
    }

    public NetHuntSandboxRecord? Find(string id)
    {
        lock (_lock)
        {
            return _records.GetValueOrDefault(id);
        }
    }

    public NetHuntSandboxRecord[] Records()
    {
        lock (_lock)
        {
            return [.. _records.Values];
        }
    }

    public NetHuntSandboxChange[] Changes()
    {
        lock (_lock)
        {
            return [.. _changes];
        }
    }

    public NetHuntSandboxUser[] Users()
    {
        lock (_lock)
        {
            return [.. _users];
        }
    }

    private NetHuntSandboxRecord Existing(string id) =>
        _records.TryGetValue(id, out var record) && !record.IsDeleted
            ? record
            : throw new KeyNotFoundException($"The sandbox has no record {id}.");

    private void Log(string? recordId, DateTimeOffset at, NetHuntSandboxUser by, string action, string? field = null, string? old = null, string? value = null) =>
        _changes.Add(new NetHuntSandboxChange(NextId("6c"), recordId, at, by, action, field, old, value));

    // 24 hex digits, like NetHunt's (MongoDB) ids; the prefix tells records, users and changes apart.
    private string NextId(string prefix) => prefix + (_nextId++).ToString("x22", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string> fields) =>
        fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
