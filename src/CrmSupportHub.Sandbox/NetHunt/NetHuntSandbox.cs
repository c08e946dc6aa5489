using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>
/// A NetHunt workspace on a WireMock server: one support folder whose records carry display-name
/// fields, the <c>new-record</c> / <c>updated-record</c> / <c>record-change</c> feeds with their
/// <c>since</c> and <c>limit</c>, HTTP Basic auth (e-mail and API key), an optional burst limit
/// and injectable faults. NetHunt has no users API and no webhooks: users exist only as editors
/// in the change log. Thread-safe; data can change while it runs.
/// </summary>
public sealed partial class NetHuntSandbox : ISandboxCrm
{
    public const string TitleField = "Name";
    public const string StatusField = "Status";
    public const string OwnerField = "Responsible";
    public const string DescriptionField = "Description";
    public const string NewStatus = "New";
    public const string InProgressStatus = "In progress";
    public const string WaitingStatus = "Waiting for client";
    public const string DoneStatus = "Done";

    internal static readonly string[] FieldNames = [TitleField, StatusField, OwnerField, DescriptionField];

    private readonly NetHuntSandboxStore _store = new();
    private readonly SlidingWindowLimiter _limiter;
    private readonly NetHuntApiRouter _router;
    private readonly SandboxServer _server;

    public NetHuntSandbox(NetHuntSandboxOptions? options = null)
    {
        Options = options ?? new NetHuntSandboxOptions();
        ApiUser = _store.AddUser("Support Bot", Options.Email);
        _limiter = new SlidingWindowLimiter(Options.BurstLimit, Options.BurstWindow, Options.TimeProvider);
        _router = new NetHuntApiRouter(_store, Options, () => ApiUser);
        _server = new SandboxServer(Dialect(Options), HandleAsync, Options.Latency);
    }

    public NetHuntSandboxOptions Options { get; }

    public string Kind => "NetHunt";

    public string BaseUrl => _server.Url + "/api/v1/zapier";

    /// <summary>The user whose e-mail and API key the connector signs in with; it creates and moves the seeded records.</summary>
    public NetHuntSandboxUser ApiUser { get; }

    public IReadOnlyDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Connection:BaseUrl"] = BaseUrl,
        ["Connection:Email"] = Options.Email,
        ["Connection:ApiKey"] = Options.ApiKey,
        ["Settings:FolderId"] = Options.FolderId,
        ["Settings:TitleField"] = TitleField,
        ["Settings:StatusField"] = StatusField,
        ["Settings:OwnerField"] = OwnerField,
        ["Settings:InitialStatuses:0"] = NewStatus,
        ["Settings:WaitingStatuses:0"] = WaitingStatus,
        ["Settings:ClosedStatuses:0"] = DoneStatus,
    };

    public int CallCount => _server.CallCount;

    /// <summary>Every call answered so far, as <c>METHOD /path?query</c>.</summary>
    public IReadOnlyCollection<string> Requests => _server.Requests;

    public int ThrottledCount => _server.ThrottledCount;

    public int RequestCount => RequestVersions.Count;

    public IReadOnlyDictionary<string, DateTimeOffset> RequestVersions =>
        _store.Records().Where(r => !r.IsDeleted).ToDictionary(r => r.Id, r => r.UpdatedAt > r.CreatedAt ? r.UpdatedAt : r.CreatedAt);

    public IReadOnlyList<NetHuntSandboxRecord> Records => _store.Records();

    public IReadOnlyList<NetHuntSandboxChange> Changes => _store.Changes();

    public IReadOnlyList<NetHuntSandboxUser> Users => _store.Users();

    /// <summary>Adds users who each changed something in the folder just now, so they count as active.</summary>
    public void SeedUsers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = _store.Users().Length + 1;
            AddUser($"Sandbox User {n}", $"user{n}@sandbox.example");
        }
    }

    /// <summary>Adds a user whose activity shows in the change log at <paramref name="activeAt"/> (default: now).</summary>
    public NetHuntSandboxUser AddUser(string name, string email, DateTimeOffset? activeAt = null)
    {
        var user = _store.AddUser(name, email);
        _store.LogActivity(user, activeAt ?? Now);
        return user;
    }

    public IReadOnlyList<string> SeedRequests(int count, DateTimeOffset createdAt) =>
        [.. Enumerable.Range(0, count).Select(i => CreateRecord($"Support request {i + 1}", createdAt.AddSeconds(i)).Id)];

    /// <summary>Creates a record in the support folder; <paramref name="fields"/> are added to (or override) title and status.</summary>
    public NetHuntSandboxRecord CreateRecord(
        string title, DateTimeOffset? at = null, string status = NewStatus, IReadOnlyDictionary<string, string>? fields = null, NetHuntSandboxUser? by = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [TitleField] = title, [StatusField] = status };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return _store.AddRecord(values, at ?? Now, by ?? ApiUser);
    }

    /// <summary>Sets fields of a record (a <see langword="null"/> value clears one), bumping <c>updatedAt</c>.</summary>
    public NetHuntSandboxRecord UpdateRecord(string recordId, IReadOnlyDictionary<string, string?> fields, DateTimeOffset? at = null, NetHuntSandboxUser? by = null) =>
        _store.UpdateRecord(recordId, fields, at ?? Now, by ?? ApiUser);

    /// <summary>Moving a NetHunt record means changing the value of its status field.</summary>
    public void MoveRequest(string requestId, StageCategory stage, DateTimeOffset at) =>
        UpdateRecord(requestId, new Dictionary<string, string?> { [StatusField] = StatusOf(stage) }, at);

    public void DeleteRequest(string requestId, DateTimeOffset at) => _store.DeleteRecord(requestId, at, ApiUser);

    public void InjectFault(SandboxFault fault, int times = 1, int afterCalls = 0) => _server.InjectFault(fault, times, afterCalls);

    public void ClearFaults() => _server.ClearFaults();

    public void Dispose() => _server.Dispose();

    public static string StatusOf(StageCategory stage) => stage switch
    {
        StageCategory.Initial => NewStatus,
        StageCategory.Working => InProgressStatus,
        StageCategory.Waiting => WaitingStatus,
        _ => DoneStatus,
    };

    private DateTimeOffset Now => Options.TimeProvider.GetUtcNow();
}
