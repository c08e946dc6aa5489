using System.Net;
using System.Net.Http.Headers;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;
using CrmSupportHub.Core.Webhooks;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Sync;
using CrmSupportHub.Worker.Webhooks;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Worker.Tests.EndToEnd;

[Category("EndToEnd")]
public sealed class PipedriveEndToEndTests
{
    private static readonly Dictionary<string, string?> FastSync = new()
    {
        ["CrmSupportHub:Clients:0:Settings:PageSize"] = "10",
        ["CrmSupportHub:Clients:0:Connection:MaxRetries"] = "2",
        ["CrmSupportHub:Clients:0:Connection:RetryBaseDelay"] = "00:00:00.010",
        ["CrmSupportHub:Clients:0:Connection:Timeout"] = "00:00:05",
    };

    private PipedriveSandbox _crm = null!;
    private string _directory = null!;
    private string _database = null!;
    private DateTimeOffset _now;

    [SetUp]
    public void SetUp()
    {
        _crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        _directory = Directory.CreateTempSubdirectory("crm-hub-e2e-").FullName;
        _database = Path.Combine(_directory, "hub.db");
        var now = TimeProvider.System.GetUtcNow();
        _now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddHours(-6);
    }

    [TearDown]
    public void TearDown()
    {
        _crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task Sync_StoresUsersSeatCountRequestsAndEvents()
    {
        _crm.SeedUsers(4);
        var ids = _crm.SeedRequests(25, _now);
        _crm.MoveRequest(ids[0], StageCategory.Working, _now.AddHours(1));
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);

        var users = await hub.Services.GetRequiredService<UserSyncService>().SyncAsync("acme", CancellationToken.None);
        var requests = await hub.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: false, null, CancellationToken.None);

        var store = hub.Services.GetRequiredService<ISupportRequestStore>();
        var seats = await hub.Services.GetRequiredService<IUserStore>().GetLatestSeatCountAsync("acme", CancellationToken.None);
        var events = await store.GetEventsAsync("acme", ids[0], CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(users.Succeeded && requests.Succeeded, Is.True, requests.Error ?? users.Error);
            Assert.That(await store.ListAsync("acme", CancellationToken.None), Has.Count.EqualTo(25));
            Assert.That(requests.Pages, Is.GreaterThanOrEqualTo(3), "25 deals at 10 a page");
            Assert.That(seats!.ActiveUsers, Is.EqualTo(_crm.Users.Count(u => u.ActiveFlag && !u.IsDeleted)));
            Assert.That(seats.Limit, Is.EqualTo(10));
            // Pipedrive deals always have an owner: first seen after a change, the owner is recorded as assigned.
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { RequestEventKind.Created, RequestEventKind.StageChanged, RequestEventKind.Assigned }));
            Assert.That(events[0].OccurredAt, Is.EqualTo(_now), "the request was raised at the CRM's creation time");
        });
    }

    [Test]
    public async Task Poll_OnItsOwn_SyncsWithoutBeingAsked()
    {
        _crm.SeedRequests(3, _now);
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync, polling: true);
        var store = hub.Services.GetRequiredService<ISupportRequestStore>();

        var stored = 0;
        for (var attempt = 0; attempt < 100 && stored < 3; attempt++)
        {
            await Task.Delay(100);
            stored = (await store.ListAsync("acme", CancellationToken.None)).Count;
        }

        Assert.That(stored, Is.EqualTo(3));
    }

    [TestCase(null)]
    [TestCase("Basic d3Jvbmc6d3Jvbmc=")]
    public async Task Webhook_MissingOrWrongCredentials_Is401AndStoresNothing(string? authorization)
    {
        var id = _crm.SeedRequests(1, _now)[0];
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var delivery = _crm.CreateDealWebhook(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        using var request = Post(delivery);
        request.Headers.Authorization = authorization is null ? null : AuthenticationHeaderValue.Parse(authorization);

        using var response = await hub.Http.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(_crm.Options.WebhookPassword));
            Assert.That(await hub.Services.GetRequiredService<IWebhookInbox>().CountAsync("acme", CancellationToken.None), Is.Zero);
        });
    }

    [Test]
    public async Task Webhook_NotJson_Is400AndStoresNothing()
    {
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var delivery = _crm.CreateUserWebhook(PipedriveSandbox.AdminUserId) with { Body = "not json"u8.ToArray() };

        using var response = await hub.Http.SendAsync(Post(delivery));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await hub.Services.GetRequiredService<IWebhookInbox>().CountAsync("acme", CancellationToken.None), Is.Zero);
        });
    }

    [Test]
    public async Task Webhook_SentInSmallChunksWithoutLength_IsReadWholeAndStored()
    {
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var delivery = _crm.CreateUserWebhook(PipedriveSandbox.AdminUserId);
        using var request = Post(delivery);
        request.Content = new StreamContent(new TrickleStream(delivery.Body.ToArray(), chunk: 7));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await hub.Http.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            var stored = await hub.Services.GetRequiredService<IWebhookInbox>().TakePendingAsync(10, TimeProvider.System.GetUtcNow(), CancellationToken.None);
            Assert.That(stored.Single().Body, Is.EqualTo(delivery.Body.ToArray()));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Webhook_LargerThanTheLimit_Is413AndStoresNothing(bool declaresLength)
    {
        var limit = new Dictionary<string, string?>(FastSync) { ["CrmSupportHub:MaxWebhookBytes"] = "100" };
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, limit);
        var delivery = _crm.CreateUserWebhook(PipedriveSandbox.AdminUserId);
        using var request = Post(delivery);
        if (!declaresLength)
        {
            request.Content = new StreamContent(new TrickleStream(delivery.Body.ToArray(), chunk: 64));
        }

        using var response = await hub.Http.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(await hub.Services.GetRequiredService<IWebhookInbox>().CountAsync("acme", CancellationToken.None), Is.Zero);
        });
    }

    [Test]
    public async Task Webhook_UnknownClient_Is404()
    {
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var delivery = _crm.CreateUserWebhook(PipedriveSandbox.AdminUserId);
        using var request = Post(delivery);
        request.RequestUri = new Uri("/webhooks/nobody", UriKind.Relative);

        using var response = await hub.Http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Webhook_DeliveredTwice_IsStoredOnceAndAppliedOnce()
    {
        var id = _crm.SeedRequests(1, _now)[0];
        _crm.MoveRequest(id, StageCategory.Working, _now.AddMinutes(30));
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var delivery = _crm.CreateDealWebhook(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));

        using var first = await hub.Http.SendAsync(Post(delivery));
        using var second = await hub.Http.SendAsync(Post(delivery));
        await hub.Services.GetRequiredService<InboxProcessor>().ProcessPendingAsync(CancellationToken.None);

        var inbox = hub.Services.GetRequiredService<IWebhookInbox>();
        var snapshot = await hub.Services.GetRequiredService<ISupportRequestStore>().GetAsync("acme", id, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(await first.Content.ReadAsStringAsync(), Does.Contain("accepted"));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("duplicate"));
            Assert.That(await inbox.CountAsync("acme", CancellationToken.None), Is.EqualTo(1));
            Assert.That(snapshot?.Stage, Is.EqualTo(StageCategory.Working));
        });
    }

    [Test]
    public async Task Webhooks_ForOneDealProcessedInOneBatch_KeepEveryStageItWentThrough()
    {
        var id = _crm.SeedRequests(1, _now)[0];
        var dealId = long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var deliveries = new List<SandboxWebhook> { _crm.CreateDealWebhook(dealId) };
        _crm.MoveRequest(id, StageCategory.Working, _now.AddMinutes(10));
        deliveries.Add(_crm.CreateDealWebhook(dealId));
        deliveries.Add(_crm.CreateDealWebhook(dealId)); // Pipedrive repeats a deal for each changed field
        _crm.MoveRequest(id, StageCategory.Waiting, _now.AddMinutes(20));
        deliveries.Add(_crm.CreateDealWebhook(dealId));
        var inbox = hub.Services.GetRequiredService<IWebhookInbox>();
        for (var i = 0; i < deliveries.Count; i++)
        {
            await inbox.AddAsync(new InboxItem(0, "acme", $"delivery-{i}", _now, deliveries[i].ContentType, deliveries[i].Body.ToArray()), CancellationToken.None);
        }

        await hub.Services.GetRequiredService<InboxProcessor>().ProcessPendingAsync(CancellationToken.None);

        var events = await hub.Services.GetRequiredService<ISupportRequestStore>().GetEventsAsync("acme", id, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(events.Select(e => (e.Kind, e.Stage, e.OccurredAt)), Is.EqualTo(new[]
            {
                (RequestEventKind.Created, (StageCategory?)StageCategory.Initial, _now),
                (RequestEventKind.StageChanged, (StageCategory?)StageCategory.Working, _now.AddMinutes(10)),
                (RequestEventKind.StageChanged, (StageCategory?)StageCategory.Waiting, _now.AddMinutes(20)),
            }), "the reaction (leaving the first stage) keeps its own time");
            Assert.That(events[0].AssigneeId, Is.Not.Null, "the owner the deal was created with is on the Created event");
            Assert.That(await inbox.TakePendingAsync(10, TimeProvider.System.GetUtcNow(), CancellationToken.None), Is.Empty);
        });
    }

    [Test]
    public async Task Poll_AfterWebhook_CreatesNoDuplicateEvents()
    {
        var id = _crm.SeedRequests(1, _now)[0];
        _crm.MoveRequest(id, StageCategory.Working, _now.AddMinutes(30));
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        using var accepted = await hub.Http.SendAsync(Post(_crm.CreateDealWebhook(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))));
        await hub.Services.GetRequiredService<InboxProcessor>().ProcessPendingAsync(CancellationToken.None);
        var store = hub.Services.GetRequiredService<ISupportRequestStore>();
        var afterWebhook = await store.GetEventsAsync("acme", id, CancellationToken.None);

        await hub.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: true, null, CancellationToken.None);
        await hub.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: false, null, CancellationToken.None);

        var afterPolls = await store.GetEventsAsync("acme", id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(afterWebhook.Select(e => e.Kind), Is.EqualTo(new[] { RequestEventKind.Created, RequestEventKind.StageChanged, RequestEventKind.Assigned }));
            Assert.That(afterPolls.Select(e => e.Sequence), Is.EqualTo(afterWebhook.Select(e => e.Sequence)), "polling re-read what the webhook delivered and added nothing");
        });
    }

    [Test]
    public async Task Restart_MidSync_ResumesFromCursorWithoutDuplicates()
    {
        _crm.SeedRequests(50, _now);
        SyncRunResult failed;
        SyncState? saved;
        await using (var first = await HubUnderTest.StartAsync(_crm, _database, FastSync))
        {
            _crm.InjectFault(SandboxFault.ServerError, times: 100, afterCalls: 2);
            failed = await first.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: false, null, CancellationToken.None);
            saved = await first.Services.GetRequiredService<ISyncStateStore>().GetAsync("acme", SyncStreams.Requests, CancellationToken.None);
        }

        _crm.ClearFaults();
        var callsBefore = _crm.CallCount;
        await using var second = await HubUnderTest.StartAsync(_crm, _database, FastSync);
        var resumed = await second.Services.GetRequiredService<RequestSyncService>().SyncAsync("acme", full: false, null, CancellationToken.None);

        var store = second.Services.GetRequiredService<ISupportRequestStore>();
        var requests = await store.ListAsync("acme", CancellationToken.None);
        var createdEvents = 0;
        foreach (var request in requests)
        {
            createdEvents += (await store.GetEventsAsync("acme", request.ExternalId, CancellationToken.None)).Count(e => e.Kind == RequestEventKind.Created);
        }

        Assert.Multiple(() =>
        {
            Assert.That(failed.Succeeded, Is.False);
            Assert.That(failed.Pages, Is.EqualTo(2), "two pages committed before the CRM started failing");
            Assert.That(saved!.Cursor, Is.Not.Null, "the cursor of the last committed page was kept");
            Assert.That(saved.LastError, Is.Not.Null);
            Assert.That(resumed.Succeeded, Is.True, resumed.Error);
            Assert.That(resumed.Read, Is.LessThan(50), "the restarted worker resumed from its cursor instead of starting over");
            Assert.That(_crm.CallCount - callsBefore, Is.LessThan(6));
            Assert.That(requests, Has.Count.EqualTo(50));
            Assert.That(createdEvents, Is.EqualTo(50), "no request was recorded twice");
        });
    }

    [Test]
    public async Task Health_DatabaseAnswers_Is200()
    {
        await using var hub = await HubUnderTest.StartAsync(_crm, _database, FastSync);

        using var response = await hub.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static HttpRequestMessage Post(SandboxWebhook delivery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/acme", UriKind.Relative))
        {
            Content = new ByteArrayContent(delivery.Body.ToArray()),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(delivery.ContentType);
        foreach (var (name, value) in delivery.Headers)
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }
}
