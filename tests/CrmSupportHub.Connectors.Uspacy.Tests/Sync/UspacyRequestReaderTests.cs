using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Connectors.Uspacy.Sync;
using CrmSupportHub.Connectors.Uspacy.Tests.Support;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox.Uspacy;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Sync;

public sealed class UspacyRequestReaderTests
{
    private static readonly Dictionary<string, string?> PageOfTen = new() { ["Settings:PageSize"] = "10" };

    private UspacySandbox _sandbox = null!;
    private DateTimeOffset _now;

    [SetUp]
    public void StartSandbox()
    {
        _sandbox = new UspacySandbox();
        var now = TimeProvider.System.GetUtcNow();
        _now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    [TearDown]
    public void StopSandbox() => _sandbox.Dispose();

    [Test]
    public async Task ReadRequests_ItemsOfOtherFunnels_AreNotRequests()
    {
        var support = _sandbox.SeedRequests(3, _now.AddHours(-2));
        _sandbox.CreateItem("A sales lead", _now.AddHours(-2), UspacySandbox.SalesFunnelId);
        using var host = UspacyTestHost.Start(_sandbox);

        var requests = await SyncReads.AllRequestsAsync(host.Connector, null);

        Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(support));
    }

    [Test]
    public async Task ReadRequests_MoreThanAPageInOneSecond_PagesByNumberAndReadsEachOnce()
    {
        var at = _now.AddHours(-1);
        var ids = Enumerable.Range(0, 25).Select(i => UspacyTestHost.Invariant(_sandbox.CreateItem($"Burst {i}", at).Id)).ToList();
        using var host = UspacyTestHost.Start(_sandbox, overrides: PageOfTen);

        var pages = await SyncReads.AllPagesAsync(host.Connector, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(p => p.Items).Select(r => r.Id), Is.EquivalentTo(ids));
            Assert.That(pages.Select(p => UspacyCursor.Parse(p.Cursor).Page), Does.Contain(3), "ties are paged by number");
            Assert.That(UspacyCursor.Parse(pages[^1].Cursor), Is.EqualTo(new UspacyCursor(at.ToUnixTimeSeconds(), 1)));
        }
    }

    [Test]
    public async Task ReadRequests_ItemsDeletedWhilePaging_SkipNothing()
    {
        var ids = _sandbox.SeedRequests(30, _now.AddDays(-1));
        using var host = UspacyTestHost.Start(_sandbox, overrides: PageOfTen);
        var read = new List<string>();

        await foreach (var page in host.Connector.ReadRequestsAsync(null, CancellationToken.None))
        {
            if (read.Count == 0)
            {
                // Offset paging would now shift three unread items onto the page already read.
                page.Items.Take(3).ToList().ForEach(r => _sandbox.DeleteRequest(r.Id, _now));
            }

            read.AddRange(page.Items.Select(r => r.Id));
        }

        Assert.That(read.Distinct(), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task ReadRequests_ItemMovedWhilePaging_IsReadAgainWithItsNewStage()
    {
        var ids = _sandbox.SeedRequests(30, _now.AddDays(-1));
        using var host = UspacyTestHost.Start(_sandbox, overrides: PageOfTen);
        var read = new List<ExternalRequest>();

        await foreach (var page in host.Connector.ReadRequestsAsync(null, CancellationToken.None))
        {
            if (read.Count == 0)
            {
                _sandbox.MoveRequest(ids[0], StageCategory.Waiting, _now);
            }

            read.AddRange(page.Items);
        }

        Assert.That(read.Last(r => r.Id == ids[0]).Stage, Is.EqualTo(StageCategory.Waiting));
    }

    [Test]
    public async Task ReadRequests_FromCursor_StartsTheOverlapBeforeTheWatermark()
    {
        _sandbox.SeedRequests(5, _now.AddHours(-3));
        var recent = _sandbox.SeedRequests(2, _now.AddHours(-1));
        using var host = UspacyTestHost.Start(_sandbox, overrides: new Dictionary<string, string?> { ["Settings:SyncOverlap"] = "00:10:00" });
        var watermark = _now.AddHours(-1).AddMinutes(5).ToUnixTimeSeconds();

        var requests = await SyncReads.AllRequestsAsync(host.Connector, new UspacyCursor(watermark, 1).ToSyncCursor());

        Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(recent));
    }

    [Test]
    public async Task ReadRequests_UnreadableCursor_StartsAFullRead()
    {
        var ids = _sandbox.SeedRequests(4, _now.AddHours(-1));
        using var host = UspacyTestHost.Start(_sandbox);

        var requests = await SyncReads.AllRequestsAsync(host.Connector, new SyncCursor("{not json"));

        Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task ReadRequests_TimesSentAsStrings_AreRead()
    {
        using var sandbox = new UspacySandbox(new UspacySandboxOptions { TimesAsStrings = true });
        var ids = sandbox.SeedRequests(3, _now.AddHours(-1));
        using var host = UspacyTestHost.Start(sandbox);

        var requests = await SyncReads.AllRequestsAsync(host.Connector, null);

        Assert.That(requests.Select(r => (r.Id, r.CreatedAt)), Is.EquivalentTo(ids.Select((id, i) => (id, _now.AddHours(-1).AddSeconds(i)))));
    }

    [Test]
    public async Task ReadUsers_InvitedDeactivatedAndExternal_AreReadButNotActive()
    {
        _sandbox.SeedUsers(2);
        _sandbox.AddUser("Ira", "Invited", registered: false);
        _sandbox.AddUser("Dan", "Gone", active: false);
        _sandbox.AddUser("Eve", "Partner", external: true);
        using var host = UspacyTestHost.Start(_sandbox);

        var users = await SyncReads.AllUsersAsync(host.Connector);

        Assert.That((users.Count, users.Count(u => u.IsActive)), Is.EqualTo((6, 3)));
    }
}
