using System.Globalization;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>
/// A Pipedrive company on a WireMock server: v1 users, v2 deals in a support pipeline (and a sales
/// pipeline the connector must ignore), <c>x-api-token</c> auth, cursor paging, the per-token burst
/// limit with its headers, and injectable faults. Thread-safe; data can change while it runs.
/// </summary>
public sealed partial class PipedriveSandbox : ISandboxCrm
{
    public const long AdminUserId = 1;
    public const long SupportPipelineId = 1;
    public const long SalesPipelineId = 2;
    public const long NewStageId = 11;
    public const long InProgressStageId = 12;
    public const long WaitingStageId = 13;
    public const long DoneStageId = 14;
    public const long SalesStageId = 21;

    internal static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly PipedriveSandboxStore _store = new();
    private readonly SlidingWindowLimiter _limiter;
    private readonly PipedriveApiRouter _router;
    private readonly SandboxServer _server;

    public PipedriveSandbox(PipedriveSandboxOptions? options = null)
    {
        Options = options ?? new PipedriveSandboxOptions();
        _limiter = new SlidingWindowLimiter(Options.BurstLimit, Options.BurstWindow, Options.TimeProvider);
        _router = new PipedriveApiRouter(_store, Options.TimeProvider);
        _store.AddUser("Sandbox Admin", "admin@sandbox.example", active: true, Epoch);
        _server = new SandboxServer(Dialect(Options), HandleAsync, Options.Latency);
    }

    public PipedriveSandboxOptions Options { get; }

    public string Kind => "Pipedrive";

    public string BaseUrl => _server.Url;

    public IReadOnlyDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Connection:BaseUrl"] = BaseUrl,
        ["Connection:ApiToken"] = Options.ApiToken,
        ["Webhook:Username"] = Options.WebhookUsername,
        ["Webhook:Password"] = Options.WebhookPassword,
        ["Settings:SupportPipelineId"] = Invariant(SupportPipelineId),
        ["Settings:InitialStageIds:0"] = Invariant(NewStageId),
        ["Settings:WaitingStageIds:0"] = Invariant(WaitingStageId),
        ["Settings:ClosedStageIds:0"] = Invariant(DoneStageId),
    };

    public int CallCount => _server.CallCount;

    /// <summary>Every call answered so far, as <c>METHOD /path?query</c>.</summary>
    public IReadOnlyCollection<string> Requests => _server.Requests;

    public int ThrottledCount => _server.ThrottledCount;

    public int RequestCount => RequestVersions.Count;

    public IReadOnlyDictionary<string, DateTimeOffset> RequestVersions =>
        _store.Deals().Where(d => d.PipelineId == SupportPipelineId && !d.IsDeleted).ToDictionary(d => Invariant(d.Id), d => d.UpdateTime);

    public IReadOnlyList<PipedriveSandboxUser> Users => _store.Users();

    public IReadOnlyList<PipedriveSandboxDeal> Deals => _store.Deals();

    public void SeedUsers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = _store.Users().Length + 1;
            _store.AddUser($"Sandbox User {n}", $"user{n}@sandbox.example", active: true, Epoch);
        }
    }

    public PipedriveSandboxUser AddUser(string name, string email, bool active = true) =>
        _store.AddUser(name, email, active, Options.TimeProvider.GetUtcNow());

    /// <summary>Deactivates (<c>active_flag</c> false) or deletes a user.</summary>
    public void DeactivateUser(long userId, bool delete = false) =>
        _store.UpdateUser(userId, u => u with { ActiveFlag = false, IsDeleted = delete });

    public IReadOnlyList<string> SeedRequests(int count, DateTimeOffset createdAt) =>
        [.. Enumerable.Range(0, count).Select(i => Invariant(CreateDeal($"Support request {i + 1}", createdAt.AddSeconds(i)).Id))];

    /// <summary>Creates an open deal, by default in the support pipeline's first stage, owned by the admin.</summary>
    public PipedriveSandboxDeal CreateDeal(string title, DateTimeOffset? at = null, long pipelineId = SupportPipelineId, long? stageId = null) =>
        _store.AddDeal(title, pipelineId, stageId ?? (pipelineId == SupportPipelineId ? NewStageId : SalesStageId), AdminUserId, at ?? Now);

    public void MoveRequest(string requestId, StageCategory stage, DateTimeOffset at) => MoveDeal(ParseId(requestId), StageOf(stage), at);

    public PipedriveSandboxDeal MoveDeal(long dealId, long stageId, DateTimeOffset? at = null, long? pipelineId = null) =>
        _store.Update(dealId, d => d with
        {
            StageId = stageId,
            PipelineId = pipelineId ?? d.PipelineId,
            UpdateTime = at ?? Now,
            StageChangeTime = at ?? Now,
        });

    /// <summary>Changes a deal's owner or status (<c>open</c>, <c>won</c>, <c>lost</c>).</summary>
    public PipedriveSandboxDeal UpdateDeal(long dealId, long? ownerId = null, string? status = null, DateTimeOffset? at = null) =>
        _store.Update(dealId, d => d with { OwnerId = ownerId ?? d.OwnerId, Status = status ?? d.Status, UpdateTime = at ?? Now });

    public void DeleteRequest(string requestId, DateTimeOffset at) => DeleteDeal(ParseId(requestId), at);

    public PipedriveSandboxDeal DeleteDeal(long dealId, DateTimeOffset? at = null) =>
        _store.Update(dealId, d => d with { Status = "deleted", UpdateTime = at ?? Now });

    public PipedriveSandboxDeal? FindDeal(long dealId) => _store.FindDeal(dealId);

    public void InjectFault(SandboxFault fault, int times = 1, int afterCalls = 0) => _server.InjectFault(fault, times, afterCalls);

    public void ClearFaults() => _server.ClearFaults();

    public void Dispose() => _server.Dispose();

    private DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    private static long StageOf(StageCategory stage) => stage switch
    {
        StageCategory.Initial => NewStageId,
        StageCategory.Working => InProgressStageId,
        StageCategory.Waiting => WaitingStageId,
        _ => DoneStageId,
    };

    private static long ParseId(string requestId) => long.Parse(requestId, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
