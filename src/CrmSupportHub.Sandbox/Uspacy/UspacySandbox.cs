using System.Globalization;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>
/// A Uspacy portal on a WireMock server: OAuth-client sign-in issuing expiring JWTs, refresh-token
/// rotation, 401 for missing, expired or revoked tokens, users, a <c>requests</c> smart object with a
/// support funnel (and a sales funnel the connector must ignore), page/list paging with sort and
/// smart filters, 429 with <c>Retry-After</c>, and injectable faults. Thread-safe; data can change while it runs.
/// </summary>
public sealed partial class UspacySandbox : ISandboxCrm
{
    public const string EntityTable = "requests";
    public const long OwnerUserId = 1;
    public const long SupportFunnelId = 5;
    public const long SalesFunnelId = 6;
    public const long NewStageId = 31;
    public const long InWorkStageId = 32;
    public const long WaitingStageId = 33;
    public const long DoneStageId = 34;
    public const long FailedStageId = 35;
    public const long SalesStageId = 41;

    private readonly UspacySandboxStore _store = new();
    private readonly FaultQueue _credentialFaults = new();
    private readonly SlidingWindowLimiter _limiter;
    private readonly UspacyApiRouter _router;
    private readonly UspacySandboxTokens _tokens;
    private readonly SandboxServer _server;
    private readonly CancellationTokenSource _stopping = new();

    public UspacySandbox(UspacySandboxOptions? options = null)
    {
        Options = options ?? new UspacySandboxOptions();
        _limiter = new SlidingWindowLimiter(Options.RequestLimit, Options.RequestWindow, Options.TimeProvider);
        _router = new UspacyApiRouter(_store, Options);
        _store.AddUser(id => new UspacySandboxUser(id, "Sandbox", "Owner", "owner@sandbox.example", true, true, false, ["OWNER", "ADMIN"]));
        // Sign-in and refresh never take injected faults (a credential fault refuses them instead).
        _server = new SandboxServer(Dialect(Options), HandleAsync, Options.Latency, path => !path.StartsWith("/auth/", StringComparison.Ordinal));
        _tokens = new UspacySandboxTokens(Options, new Uri(_server.Url).Authority);
    }

    public UspacySandboxOptions Options { get; }

    public string Kind => "Uspacy";

    public string BaseUrl => _server.Url;

    public IReadOnlyDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Connection:BaseUrl"] = BaseUrl,
        ["Connection:ClientId"] = Options.ClientId,
        ["Connection:ClientSecret"] = Options.ClientSecret,
        ["Webhook:Secret"] = Options.WebhookSecret,
        ["Settings:EntityTable"] = EntityTable,
        ["Settings:FunnelId"] = Invariant(SupportFunnelId),
        ["Settings:InitialStageIds:0"] = Invariant(NewStageId),
        ["Settings:WaitingStageIds:0"] = Invariant(WaitingStageId),
        ["Settings:ClosedStageIds:0"] = Invariant(DoneStageId),
        ["Settings:ClosedStageIds:1"] = Invariant(FailedStageId),
    };

    public int CallCount => _server.CallCount;

    public int ThrottledCount => _server.ThrottledCount;

    /// <summary>Sign-in attempts (<c>app_sign_in</c>) answered so far, refused ones included.</summary>
    public int SignInCount => _tokens.SignIns;

    public int RefreshCount => _tokens.Refreshes;

    /// <summary>The most sign-ins that were ever in progress at the same moment.</summary>
    public int MaxConcurrentSignIns => _tokens.MaxConcurrentSignIns;

    public int RequestCount => RequestVersions.Count;

    public IReadOnlyDictionary<string, DateTimeOffset> RequestVersions =>
        _store.Items().Where(i => i.FunnelId == SupportFunnelId)
            .ToDictionary(i => Invariant(i.Id), i => DateTimeOffset.FromUnixTimeSeconds(Math.Max(i.UpdatedAt, i.CreatedAt)));

    public IReadOnlyList<UspacySandboxUser> Users => _store.Users();

    public IReadOnlyList<UspacySandboxItem> Items => _store.Items();

    public void SeedUsers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _store.AddUser(id => new UspacySandboxUser(id, "Sandbox", $"User {id}", $"user{id}@sandbox.example", true, true, false, ["USER"]));
        }
    }

    /// <summary>Adds a user in any state: invited (not registered), deactivated, external.</summary>
    public UspacySandboxUser AddUser(string firstName, string lastName, bool active = true, bool registered = true, bool external = false) =>
        _store.AddUser(id => new UspacySandboxUser(
            id, firstName, lastName, $"user{id}@sandbox.example", active, registered, external, external ? ["EXTERNAL_USER"] : ["USER"]));

    public IReadOnlyList<string> SeedRequests(int count, DateTimeOffset createdAt) =>
        [.. Enumerable.Range(0, count).Select(i => Invariant(CreateItem($"Support request {i + 1}", createdAt.AddSeconds(i)).Id))];

    /// <summary>Creates an item, by default in the support funnel's first stage, unassigned.</summary>
    public UspacySandboxItem CreateItem(string title, DateTimeOffset? at = null, long funnelId = SupportFunnelId, long? stageId = null, long? owner = null)
    {
        var seconds = (at ?? Now).ToUnixTimeSeconds();
        return _store.AddItem(id => new UspacySandboxItem(
            id, title, funnelId, stageId ?? (funnelId == SupportFunnelId ? NewStageId : SalesStageId), "IN_WORK", owner, seconds, seconds, null));
    }

    public void MoveRequest(string requestId, StageCategory stage, DateTimeOffset at) => MoveItem(ParseId(requestId), StageOf(stage), at);

    /// <summary>Moves an item to a stage (optionally of another funnel); the closing stages set <c>kanban_status</c> and <c>closed_at</c>.</summary>
    public UspacySandboxItem MoveItem(long itemId, long stageId, DateTimeOffset? at = null, long? funnelId = null)
    {
        var seconds = (at ?? Now).ToUnixTimeSeconds();
        var status = stageId switch { DoneStageId => "SUCCESS", FailedStageId => "FAIL", _ => "IN_WORK" };
        return _store.Update(itemId, i => i with
        {
            StageId = stageId,
            FunnelId = funnelId ?? i.FunnelId,
            KanbanStatus = status,
            ClosedAt = status == "IN_WORK" ? null : seconds,
            UpdatedAt = seconds,
        });
    }

    /// <summary>Assigns an item (owner) or renames it.</summary>
    public UspacySandboxItem UpdateItem(long itemId, long? owner = null, string? title = null, DateTimeOffset? at = null) =>
        _store.Update(itemId, i => i with { Owner = owner ?? i.Owner, Title = title ?? i.Title, UpdatedAt = (at ?? Now).ToUnixTimeSeconds() });

    /// <summary>Deletes an item: Uspacy then answers 404 for it and no longer lists it.</summary>
    public void DeleteRequest(string requestId, DateTimeOffset at) => _store.Delete(ParseId(requestId));

    public UspacySandboxItem? FindItem(long itemId) => _store.FindItem(itemId);

    /// <summary>
    /// Answers the next calls with <paramref name="fault"/>. <see cref="SandboxFault.Unauthorized"/> (refused
    /// credentials) hits the next call whatever its path, sign-in included; the other faults hit data
    /// calls only, because the connector never re-sends a sign-in. <paramref name="afterCalls"/> counts the same calls.
    /// </summary>
    public void InjectFault(SandboxFault fault, int times = 1, int afterCalls = 0)
    {
        if (fault == SandboxFault.Unauthorized)
        {
            _credentialFaults.Add(fault, times, afterCalls);
        }
        else
        {
            _server.InjectFault(fault, times, afterCalls);
        }
    }

    public void ClearFaults()
    {
        _server.ClearFaults();
        _credentialFaults.Clear();
    }

    /// <summary>Invalidates every issued token, access and refresh: the next data call gets a 401.</summary>
    public void RevokeTokens() => _tokens.RevokeAll();

    public void Dispose()
    {
        _stopping.Cancel(); // ends sign-in latencies still in flight
        _server.Dispose();
        _stopping.Dispose();
    }

    private DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    private static long StageOf(StageCategory stage) => stage switch
    {
        StageCategory.Initial => NewStageId,
        StageCategory.Working => InWorkStageId,
        StageCategory.Waiting => WaitingStageId,
        _ => DoneStageId,
    };

    private static long ParseId(string requestId) => long.Parse(requestId, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
