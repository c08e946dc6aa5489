using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>Pipedrive-specific behaviour end to end: AddPipedrive, the HTTP pipeline and the sandbox.</summary>
public class PipedriveConnectorTests
{
    private static readonly DateTimeOffset Recent = TimeProvider.System.GetUtcNow().AddHours(-5);

    private PipedriveSandbox _sandbox = null!;

    [SetUp]
    public void Start() => _sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { RetryAfter = TimeSpan.Zero, SlowDelay = TimeSpan.FromSeconds(3) });

    [TearDown]
    public void Stop() => _sandbox.Dispose();

    [TestCase(SandboxFault.TooManyRequests, ConnectorErrorKind.RateLimited)]
    [TestCase(SandboxFault.TooManyRequestsWithoutRetryAfter, ConnectorErrorKind.RateLimited)]
    [TestCase(SandboxFault.ServiceUnavailable, ConnectorErrorKind.Unavailable)]
    public async Task ReadUsers_PersistentFault_ThrowsItsKindAfterTheRetries(SandboxFault fault, ConnectorErrorKind kind)
    {
        await using var services = PipedriveHost.Start(_sandbox);
        _sandbox.InjectFault(fault, times: 100);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ReadUsersAsync(services.Get<IUserSource>()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(kind));
            Assert.That(_sandbox.CallCount, Is.EqualTo(3), "one attempt and MaxRetries (2) retries");
        }
    }

    [Test]
    public async Task ReadUsers_MalformedJson_ThrowsInvalidResponseWithoutRetrying()
    {
        await using var services = PipedriveHost.Start(_sandbox);
        _sandbox.InjectFault(SandboxFault.MalformedJson);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ReadUsersAsync(services.Get<IUserSource>()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(_sandbox.CallCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ReadUsers_SlowerThanTheTimeout_ThrowsUnavailable()
    {
        await using var services = PipedriveHost.Start(_sandbox, new Dictionary<string, string?>
        {
            ["Connection:Timeout"] = "00:00:00.200",
            ["Connection:MaxRetries"] = "1",
        });
        _sandbox.InjectFault(SandboxFault.Slow, times: 2);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ReadUsersAsync(services.Get<IUserSource>()));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
    }

    [Test]
    public async Task CheckConnection_UnknownSupportPipeline_FailsNamingTheSetting()
    {
        await using var services = PipedriveHost.Start(_sandbox, new Dictionary<string, string?> { ["Settings:SupportPipelineId"] = "99" });

        var check = await services.Get<ICrmConnector>().CheckConnectionAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Succeeded, Is.False);
            Assert.That(check.Error, Does.Contain("99").And.Contain("Settings:SupportPipelineId"));
        }
    }

    [Test]
    public async Task ReadRequests_OtherPipelineAndWonDeals_OnlySupportDealsWithTheirStatus()
    {
        var open = _sandbox.CreateDeal("open", Recent);
        var won = _sandbox.CreateDeal("won", Recent);
        _sandbox.UpdateDeal(won.Id, status: "won", at: Recent.AddMinutes(5));
        var sales = _sandbox.CreateDeal("sales", Recent, PipedriveSandbox.SalesPipelineId);
        await using var services = PipedriveHost.Start(_sandbox);
        var source = services.Get<IRequestSource>();

        var requests = await ReadRequestsAsync(source, null);
        var salesById = await source.ReadRequestAsync(sales.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests.Select(r => (r.Id, r.Status)), Is.EqualTo(new[] { ($"{open.Id}", RequestStatus.Open), ($"{won.Id}", RequestStatus.Closed) }));
            Assert.That(salesById, Is.Null, "a deal outside the support pipeline is not a request");
        }
    }

    [Test]
    public async Task ReadRequests_DeletedSinceLastRun_ReportedDeleted()
    {
        var ids = _sandbox.SeedRequests(2, Recent);
        await using var services = PipedriveHost.Start(_sandbox);
        var source = services.Get<IRequestSource>();
        var pages = new List<SyncPage<ExternalRequest>>();
        await foreach (var page in source.ReadRequestsAsync(null, CancellationToken.None))
        {
            pages.Add(page);
        }

        _sandbox.DeleteRequest(ids[0], Recent.AddHours(1));
        var changes = await ReadRequestsAsync(source, pages[^1].Cursor);

        Assert.That(changes.Where(r => r.Id == ids[0]).Select(r => r.Status), Is.EqualTo(new[] { RequestStatus.Deleted }));
    }

    [Test]
    public async Task ReadRequest_NotANumber_IsNullWithoutCallingPipedrive()
    {
        await using var services = PipedriveHost.Start(_sandbox);

        var request = await services.Get<IRequestSource>().ReadRequestAsync("abc", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request, Is.Null);
            Assert.That(_sandbox.CallCount, Is.Zero);
        }
    }

    private static async Task<List<ExternalUser>> ReadUsersAsync(IUserSource source)
    {
        var users = new List<ExternalUser>();
        await foreach (var page in source.ReadUsersAsync(CancellationToken.None))
        {
            users.AddRange(page);
        }

        return users;
    }

    private static async Task<List<ExternalRequest>> ReadRequestsAsync(IRequestSource source, SyncCursor? since)
    {
        var requests = new List<ExternalRequest>();
        await foreach (var page in source.ReadRequestsAsync(since, CancellationToken.None))
        {
            requests.AddRange(page.Items);
        }

        return requests;
    }
}
