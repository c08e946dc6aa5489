using System.Globalization;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>
/// A KeyCRM account on a WireMock server: paged users, pipeline cards in a support pipeline (and a
/// sales pipeline the connector must ignore), Bearer auth, Laravel paging, the allowed-filter and
/// limit checks, 60 requests a minute per key, and injectable faults. Thread-safe; data can change
/// while it runs.
/// </summary>
public sealed partial class KeyCrmSandbox : ISandboxCrm
{
    public const long AdminUserId = 1;
    public const long SupportPipelineId = 3;
    public const long SalesPipelineId = 4;
    public const long NewStatusId = 31;
    public const long InProgressStatusId = 32;
    public const long WaitingStatusId = 33;
    public const long DoneStatusId = 34;
    public const long SalesStatusId = 41;

    internal static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly KeyCrmSandboxStore _store = new();
    private readonly SlidingWindowLimiter _limiter;
    private readonly KeyCrmApiRouter _router;
    private readonly SandboxServer _server;

    public KeyCrmSandbox(KeyCrmSandboxOptions? options = null)
    {
        Options = options ?? new KeyCrmSandboxOptions();
        _limiter = new SlidingWindowLimiter(Options.RequestsPerMinute, TimeSpan.FromMinutes(1), Options.TimeProvider);
        _router = new KeyCrmApiRouter(_store, Options, () => BaseUrl);
        _store.AddUser("Sandbox", "Admin", "admin@sandbox.example", "active", Epoch);
        _server = new SandboxServer(Dialect(Options), HandleAsync, Options.Latency);
    }

    /// <summary>The support pipeline's statuses (new, in progress, waiting for the client, done) and the sales pipeline's one.</summary>
    public static IReadOnlyList<KeyCrmSandboxStatus> Statuses { get; } =
    [
        new(NewStatusId, SupportPipelineId, "Нова заявка", "new", IsFinal: false),
        new(InProgressStatusId, SupportPipelineId, "В роботі", "in_progress", IsFinal: false),
        new(WaitingStatusId, SupportPipelineId, "Очікує клієнта", "waiting", IsFinal: false),
        new(DoneStatusId, SupportPipelineId, "Виконано", "done", IsFinal: true),
        new(SalesStatusId, SalesPipelineId, "Hot", "hot", IsFinal: false),
    ];

    public KeyCrmSandboxOptions Options { get; }

    public string Kind => "KeyCrm";

    /// <summary>The API root, like <c>https://openapi.keycrm.app/v1</c>.</summary>
    public string BaseUrl => _server.Url + "/v1";

    public IReadOnlyDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Connection:BaseUrl"] = BaseUrl,
        ["Connection:ApiToken"] = Options.ApiToken,
        ["Webhook:Secret"] = Options.WebhookSecret,
        ["Settings:SupportPipelineId"] = Invariant(SupportPipelineId),
        ["Settings:InitialStatusIds:0"] = Invariant(NewStatusId),
        ["Settings:WaitingStatusIds:0"] = Invariant(WaitingStatusId),
        ["Settings:ClosedStatusIds:0"] = Invariant(DoneStatusId),
    };

    public int CallCount => _server.CallCount;

    public int ThrottledCount => _server.ThrottledCount;

    public int RequestCount => RequestVersions.Count;

    public IReadOnlyDictionary<string, DateTimeOffset> RequestVersions =>
        _store.Cards().Where(c => c.PipelineId == SupportPipelineId).ToDictionary(c => Invariant(c.Id), c => c.UpdatedAt);

    public IReadOnlyList<KeyCrmSandboxUser> Users => _store.Users();

    public IReadOnlyList<KeyCrmSandboxCard> Cards => _store.Cards();

    public void SeedUsers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = _store.Users().Length + 1;
            _store.AddUser("Sandbox", $"User {n}", $"user{n}@sandbox.example", "active", Epoch);
        }
    }

    /// <summary>Adds a user with a KeyCRM status: <c>active</c>, <c>pending</c> (invited) or <c>blocked</c>.</summary>
    public KeyCrmSandboxUser AddUser(string firstName, string lastName, string email, string status = "active") =>
        _store.AddUser(firstName, lastName, email, status, Now);

    public KeyCrmSandboxUser SetUserStatus(long userId, string status) => _store.UpdateUser(userId, u => u with { Status = status });

    public IReadOnlyList<string> SeedRequests(int count, DateTimeOffset createdAt) =>
        [.. Enumerable.Range(0, count).Select(i => Invariant(CreateCard($"Support request {i + 1}", createdAt.AddSeconds(i)).Id))];

    /// <summary>Creates a card, by default in the support pipeline's first status, managed by the admin.</summary>
    public KeyCrmSandboxCard CreateCard(string title, DateTimeOffset? at = null, long pipelineId = SupportPipelineId, long? statusId = null) =>
        _store.AddCard(title, pipelineId, statusId ?? FirstStatusOf(pipelineId), AdminUserId, at ?? Now);

    public void MoveRequest(string requestId, StageCategory stage, DateTimeOffset at) => MoveCard(ParseId(requestId), StatusOf(stage), at);

    /// <summary>Moves a card to a status (of any pipeline: a status belongs to one), bumping its times.</summary>
    public KeyCrmSandboxCard MoveCard(long cardId, long statusId, DateTimeOffset? at = null)
    {
        var pipeline = Statuses.First(s => s.Id == statusId).PipelineId;
        return _store.Update(cardId, c => c with { StatusId = statusId, PipelineId = pipeline, UpdatedAt = at ?? Now, StatusChangedAt = at ?? Now });
    }

    /// <summary>Changes a card's title or manager, bumping <c>updated_at</c>.</summary>
    public KeyCrmSandboxCard UpdateCard(long cardId, string? title = null, long? managerId = null, DateTimeOffset? at = null) =>
        _store.Update(cardId, c => c with { Title = title ?? c.Title, ManagerId = managerId ?? c.ManagerId, UpdatedAt = at ?? Now });

    /// <summary>Deletes a card: KeyCRM announces nothing, the card just stops being listed (and reads 404).</summary>
    public void DeleteRequest(string requestId, DateTimeOffset at) => DeleteCard(ParseId(requestId), at);

    public void DeleteCard(long cardId, DateTimeOffset? at = null) =>
        _store.Update(cardId, c => c with { IsDeleted = true, UpdatedAt = at ?? Now });

    public KeyCrmSandboxCard? FindCard(long cardId) => _store.FindCard(cardId);

    public void InjectFault(SandboxFault fault, int times = 1, int afterCalls = 0) => _server.InjectFault(fault, times, afterCalls);

    public void ClearFaults() => _server.ClearFaults();

    public void Dispose() => _server.Dispose();

    internal static long FirstStatusOf(long pipelineId) =>
        Statuses.FirstOrDefault(s => s.PipelineId == pipelineId)?.Id ?? throw new KeyNotFoundException($"The sandbox has no pipeline {pipelineId}.");

    private DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    private static long StatusOf(StageCategory stage) => stage switch
    {
        StageCategory.Initial => NewStatusId,
        StageCategory.Working => InProgressStatusId,
        StageCategory.Waiting => WaitingStatusId,
        _ => DoneStatusId,
    };

    private static long ParseId(string requestId) => long.Parse(requestId, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
