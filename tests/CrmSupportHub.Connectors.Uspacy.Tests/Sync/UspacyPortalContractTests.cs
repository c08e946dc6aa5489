using System.Web;
using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Connectors.Uspacy.Sync;
using CrmSupportHub.Connectors.Uspacy.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Sync;

/// <summary>
/// What the reader sends, and how it fails when a portal does not apply what it sent: a silently
/// ignored filter, sort or page would lose requests without a trace, so each is an error.
/// </summary>
public sealed class UspacyPortalContractTests
{
    private WireMockServer _portal = null!;

    [SetUp]
    public void StartPortal()
    {
        _portal = WireMockServer.Start();
        _portal.Given(Request.Create().WithPath("/auth/v1/auth/app_sign_in").UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { jwt = "a.b.c", refreshToken = "r", expireInSeconds = 3600 }));
    }

    [TearDown]
    public void StopPortal() => _portal.Dispose();

    [Test]
    public async Task ReadRequests_SendsPagingSortAndSmartFiltersInBracketNotation()
    {
        Items("""{ "data": [], "meta": { "current_page": 1, "last_page": 1 } }""");
        using var host = Host();

        await SyncReads.AllRequestsAsync(host.Connector, new UspacyCursor(1778150000, 1).ToSyncCursor());

        var entry = _portal.LogEntries.Single(e => e.RequestMessage.Path == "/crm/v1/entities/requests");
        var query = HttpUtility.ParseQueryString(entry.RequestMessage.RawQuery!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.RequestMessage.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer a.b.c" }));
            Assert.That(query["page"], Is.EqualTo("1"));
            Assert.That(query["list"], Is.EqualTo("2"));
            Assert.That(query["sort_by[updated_at]"], Is.EqualTo("asc"));
            Assert.That(query["filters[condition]"], Is.EqualTo("and"));
            Assert.That(query["filters[filters][0][field]"], Is.EqualTo("updated_at"));
            Assert.That(query["filters[filters][0][operator]"], Is.EqualTo("gte-lte"));
            Assert.That(query["filters[filters][0][values][0][from]"], Is.EqualTo("1778149880"), "the watermark less the 2 min overlap");
            Assert.That(query["filters[filters][1][field]"], Is.EqualTo("funnel_id"));
            Assert.That(query["filters[filters][1][values][0]"], Is.EqualTo("5"));
        }
    }

    [Test]
    public async Task ReadRequests_PortalIgnoresTheUpdatedAtFilter_ThrowsInvalidResponse()
    {
        Items("""{ "data": [ { "id": 1, "created_at": 1700000000, "updated_at": 1700000000, "funnel_id": 5 } ] }""");
        using var host = Host();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(host.Connector, new UspacyCursor(1778150000, 1).ToSyncCursor()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(error.Message, Does.Contain("updated_at filter"));
        }
    }

    [Test]
    public async Task ReadRequests_PortalIgnoresTheSort_ThrowsInvalidResponse()
    {
        Items("""{ "data": [ { "id": 2, "created_at": 200, "updated_at": 200 }, { "id": 1, "created_at": 100, "updated_at": 100 } ] }""");
        using var host = Host(pageSize: 3);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(host.Connector, null));

        Assert.That(error!.Message, Does.Contain("sort_by[updated_at]"));
    }

    [Test]
    public async Task ReadRequests_PortalIgnoresThePage_ThrowsInvalidResponse()
    {
        Items("""{ "data": [ { "id": 1, "created_at": 100, "updated_at": 100 }, { "id": 2, "created_at": 100, "updated_at": 100 } ] }""");
        using var host = Host();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(host.Connector, null));

        Assert.That((error!.Kind, _portal.LogEntries.Count(e => e.RequestMessage.Path.StartsWith("/crm", StringComparison.Ordinal))), Is.EqualTo((ConnectorErrorKind.InvalidResponse, 2)));
    }

    private void Items(string body) =>
        _portal.Given(Request.Create().WithPath("/crm/v1/entities/requests").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));

    private UspacyTestHost Host(int pageSize = 2) => UspacyTestHost.Start(new Dictionary<string, string?>
    {
        ["Connection:BaseUrl"] = _portal.Url,
        ["Connection:ClientId"] = "client",
        ["Connection:ClientSecret"] = "secret",
        ["Settings:EntityTable"] = "requests",
        ["Settings:FunnelId"] = "5",
        ["Settings:InitialStageIds:0"] = "31",
        ["Settings:PageSize"] = UspacyTestHost.Invariant(pageSize),
    });
}
