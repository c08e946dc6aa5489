using CrmSupportHub.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>
/// The parsers of one connector as fuzz targets, each fed through the connector's real client
/// (Refit, resilience, JSON, mapping, paging) from a recording of its sandbox: <c>requests</c> (a page of
/// the request list, then a second read from the cursor it produced), <c>users</c>, <c>request</c> (one
/// request by id) and <c>webhook</c> (verify, then parse as the inbox does).
/// </summary>
public sealed class ConnectorFuzzTargets : IAsyncDisposable
{
    public const string Requests = "requests";
    public const string Users = "users";
    public const string Request = "request";
    public const string Webhook = "webhook";
    private const string ClientId = "fuzz";

    private readonly ConformanceHost _host;
    private readonly CrmReplay _replay;
    private readonly Dictionary<string, FuzzTarget> _targets = new(StringComparer.Ordinal);

    private ConnectorFuzzTargets(ConformanceHost host, CrmReplay replay)
    {
        _host = host;
        _replay = replay;
    }

    public static IReadOnlyList<string> Names { get; } = [Requests, Users, Request, Webhook];

    /// <summary>The connector's targets; a capability the CRM lacks (NetHunt's webhooks) has none.</summary>
    public IReadOnlyDictionary<string, FuzzTarget> Targets => _targets;

    /// <param name="settings">Client settings over the sandbox's (retries off is best: every rejection is then one call).</param>
    /// <param name="createWebhook">An authentic delivery for (client id, request id), or null when the CRM has no webhooks.</param>
    public static async Task<ConnectorFuzzTargets> CreateAsync(
        ISandboxCrm sandbox,
        Action<ICrmSupportHubBuilder> register,
        IReadOnlyDictionary<string, string?> settings,
        Func<string, string, WebhookEnvelope?> createWebhook,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(createWebhook);
        var ids = sandbox.SeedRequests(3, TimeProvider.System.GetUtcNow().AddDays(-1));
        sandbox.SeedUsers(2);
        var replay = new CrmReplay();
        var host = ConnectorHosts.Start(
            ConnectorHosts.Client(sandbox, 0, ClientId, settings), register, s => s.AddSingleton<IHttpMessageHandlerBuilderFilter>(replay));
        var targets = new ConnectorFuzzTargets(host, replay);
        var connector = host.Get<ICrmConnector>(ClientId);
        if (connector is IRequestSource requests)
        {
            await targets.AddRequestTargetsAsync(requests, ids[0], cancellationToken).ConfigureAwait(false);
        }

        if (connector is IUserSource users)
        {
            var path = await targets.RecordAsync(() => SyncReads.AllUsersAsync(users, cancellationToken)).ConfigureAwait(false);
            targets.Add(Users, path, async ct => Check(await SyncReads.AllUsersAsync(users, ct).ConfigureAwait(false), u => u.Id, "user"));
        }

        if (connector is IWebhookReceiver receiver && createWebhook(ClientId, ids[0]) is { } delivery)
        {
            await receiver.ParseAsync(Stored(delivery, delivery.Body), cancellationToken).ConfigureAwait(false); // records the re-read
            targets._targets[Webhook] = new FuzzTarget(Webhook, [delivery.Body.ToArray()], (body, ct) => targets.DeliverAsync(receiver, delivery, body, ct));
        }

        replay.StartReplay();
        return targets;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task AddRequestTargetsAsync(IRequestSource requests, string id, CancellationToken cancellationToken)
    {
        var list = await RecordAsync(() => SyncReads.AllPagesAsync(requests, null, cancellationToken)).ConfigureAwait(false);
        Add(Requests, list, async ct =>
        {
            var pages = await SyncReads.AllPagesAsync(requests, null, ct).ConfigureAwait(false);
            var first = Check(pages.SelectMany(p => p.Items).ToList(), r => r.Id, "request");
            if (first.Outcome != FuzzOutcome.Accepted || pages.Count == 0)
            {
                return first;
            }

            // A cursor made from hostile input must not break the next run.
            _replay.BeginCase(null, null);
            return Check(await SyncReads.AllRequestsAsync(requests, pages[^1].Cursor, ct).ConfigureAwait(false), r => r.Id, "request");
        });

        var one = await RecordAsync(() => requests.ReadRequestAsync(id, cancellationToken).AsTask()).ConfigureAwait(false);
        Add(Request, one, async ct => await requests.ReadRequestAsync(id, ct).ConfigureAwait(false) is { } request
            ? Check([request], r => r.Id, "request")
            : FuzzResult.Accepted);
    }

    /// <summary>Runs a read against the sandbox and returns the path of its first GET, whose answer the target fuzzes.</summary>
    private async Task<string> RecordAsync<T>(Func<Task<T>> read)
    {
        var before = _replay.RecordedGets.Count;
        await read().ConfigureAwait(false);
        return _replay.RecordedGets[before];
    }

    private void Add(string name, string path, Func<CancellationToken, Task<FuzzResult>> read) =>
        _targets[name] = new FuzzTarget(name, _replay.Bodies(path), async (body, ct) =>
        {
            _replay.BeginCase(path, body);
            try
            {
                var result = await read(ct).ConfigureAwait(false);
                return _replay.Looped ? Loop() : result;
            }
            catch (ConnectorException) when (_replay.Looped)
            {
                return Loop();
            }
        });

    private async Task<FuzzResult> DeliverAsync(IWebhookReceiver receiver, WebhookEnvelope delivery, byte[] body, CancellationToken cancellationToken)
    {
        var verdict = await receiver.VerifyAsync(delivery with { Body = body }, cancellationToken).ConfigureAwait(false);
        if (verdict.Kind != WebhookVerdictKind.Accepted)
        {
            return FuzzResult.Rejected(verdict.Reason);
        }

        _replay.BeginCase(null, null);
        var changes = await receiver.ParseAsync(Stored(delivery, body), cancellationToken).ConfigureAwait(false);
        return Check(changes.OfType<RequestChanged>().Select(c => c.Request).ToList(), r => r.Id, "request");
    }

    private static WebhookEnvelope Stored(WebhookEnvelope delivery, ReadOnlyMemory<byte> body) =>
        WebhookEnvelope.FromStored(delivery.ClientId, delivery.ContentType, body);

    private static FuzzResult Check<T>(IReadOnlyList<T> records, Func<T, string> id, string what) =>
        records.Any(r => string.IsNullOrWhiteSpace(id(r))) ? FuzzResult.Unsound($"a {what} without an id was accepted") : FuzzResult.Accepted;

    private static FuzzResult Loop() => new(FuzzOutcome.Crashed, $"the read did not stop after {CrmReplay.MaxCallsPerCase} calls");
}
