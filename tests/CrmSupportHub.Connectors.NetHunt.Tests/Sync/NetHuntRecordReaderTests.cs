using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.NetHunt;

namespace CrmSupportHub.Connectors.NetHunt.Tests.Sync;

public sealed class NetHuntRecordReaderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 7, 12, 0, 0, TimeSpan.Zero);

    [TestCase(false)]
    [TestCase(true)]
    public async Task ReadRequests_MoreRecordsShareATimestampThanAPage_NoneIsLost(bool sinceInclusive)
    {
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { SinceInclusive = sinceInclusive });
        var ids = Enumerable.Range(0, 25).Select(i => sandbox.CreateRecord($"Bulk {i}", T0).Id)
            .Concat(sandbox.SeedRequests(12, T0.AddSeconds(1)))
            .ToList();
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:PageSize"] = "10" });

        var pages = await host.PagesAsync(null);

        Assert.That(pages.SelectMany(p => p.Items).Select(r => r.Id), Is.EquivalentTo(ids), "every record exactly once");
    }

    [Test]
    public async Task ReadRequests_UpdatedFeedAlsoListsNewRecords_EachRequestOncePerState()
    {
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { UpdatedFeedIncludesNew = true, SinceInclusive = true });
        var ids = sandbox.SeedRequests(23, T0);
        sandbox.MoveRequest(ids[3], StageCategory.Working, T0.AddMinutes(5));
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:PageSize"] = "10" });

        var read = (await host.PagesAsync(null)).SelectMany(p => p.Items).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Select(r => r.Id), Is.Unique);
            Assert.That(read.Select(r => r.Id), Is.EquivalentTo(ids));
            Assert.That(read.Single(r => r.Id == ids[3]).Stage, Is.EqualTo(StageCategory.Working), "the newest state wins");
        }
    }

    [Test]
    public async Task ReadRequests_Incremental_RereadsOnlyTheOverlapWindow()
    {
        using var sandbox = new NetHuntSandbox();
        sandbox.SeedRequests(5, T0);
        await using var host = NetHuntTestHost.Start(sandbox);
        var cursor = (await host.PagesAsync(null))[^1].Cursor;

        // Records NetHunt shows late: one stamped inside the 2-minute overlap, one before it.
        var late = sandbox.CreateRecord("Late", T0.AddSeconds(4).AddMinutes(-1));
        var tooLate = sandbox.CreateRecord("Too late", T0.AddMinutes(-5));
        var fresh = sandbox.CreateRecord("Fresh", T0.AddHours(1));
        var read = (await host.PagesAsync(cursor)).SelectMany(p => p.Items).Select(r => r.Id).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Does.Contain(late.Id).And.Contain(fresh.Id));
            Assert.That(read, Does.Not.Contain(tooLate.Id));
        }
    }

    [Test]
    public async Task ReadRequests_Incremental_CursorHoldsBothWatermarks()
    {
        using var sandbox = new NetHuntSandbox();
        var ids = sandbox.SeedRequests(3, T0);
        await using var host = NetHuntTestHost.Start(sandbox);
        var first = (await host.PagesAsync(null))[^1].Cursor;

        sandbox.MoveRequest(ids[0], StageCategory.Closed, T0.AddHours(2));
        var pages = await host.PagesAsync(first);
        var again = await host.PagesAsync(pages[^1].Cursor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(p => p.Items).Single(r => r.Id == ids[0]).Status, Is.EqualTo(RequestStatus.Closed));
            Assert.That(pages[^1].Cursor.Value, Does.Contain("2026-05-07T12:00:02").And.Contain("2026-05-07T14:00:00"));
            Assert.That(again.SelectMany(p => p.Items).Select(r => r.Id), Is.SubsetOf(ids), "only the overlap is read again");
        }
    }

    [Test]
    public async Task ReadRequests_EveryFeedCall_SendsSinceAndLimit()
    {
        using var sandbox = new NetHuntSandbox();
        sandbox.SeedRequests(12, T0);
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:PageSize"] = "5" });

        await host.PagesAsync(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sandbox.Requests, Has.Count.GreaterThanOrEqualTo(4));
            Assert.That(
                sandbox.Requests,
                Is.All.Matches<string>(r => r != null && r.Contains("/triggers/", StringComparison.Ordinal) && r.Contains("since=", StringComparison.Ordinal) && r.Contains("limit=5", StringComparison.Ordinal)),
                "NetHunt's default since is unknown: it is always sent");
        }
    }

    [Test]
    public async Task ReadRequests_UnreadableCursor_ReadsFromTheStart()
    {
        using var sandbox = new NetHuntSandbox();
        var ids = sandbox.SeedRequests(4, T0);
        await using var host = NetHuntTestHost.Start(sandbox);

        var read = (await host.PagesAsync(new SyncCursor("not-a-nethunt-cursor"))).SelectMany(p => p.Items);

        Assert.That(read.Select(r => r.Id), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task ReadRequests_EmptyFolder_YieldsNoPage()
    {
        using var sandbox = new NetHuntSandbox();
        await using var host = NetHuntTestHost.Start(sandbox);

        var pages = await host.PagesAsync(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Is.Empty);
            Assert.That(sandbox.CallCount, Is.EqualTo(2), "one call per feed");
        }
    }

    [Test]
    public async Task ReadRequests_MalformedJson_ThrowsInvalidResponse()
    {
        using var sandbox = new NetHuntSandbox();
        sandbox.SeedRequests(2, T0);
        sandbox.InjectFault(SandboxFault.MalformedJson);
        await using var host = NetHuntTestHost.Start(sandbox);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.PagesAsync(null));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
    }

    [Test]
    public async Task ReadRequest_DeletedRecord_ReturnsNull()
    {
        using var sandbox = new NetHuntSandbox();
        var ids = sandbox.SeedRequests(2, T0);
        sandbox.DeleteRequest(ids[0], T0.AddMinutes(1));
        await using var host = NetHuntTestHost.Start(sandbox);

        var deleted = await host.Requests.ReadRequestAsync(ids[0], CancellationToken.None);
        var kept = await host.Requests.ReadRequestAsync(ids[1], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted, Is.Null);
            Assert.That(kept?.Title, Is.EqualTo("Support request 2"));
        }
    }
}
