using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Connectors.Testing;

public abstract partial class ConnectorConformanceTests
{
    [Test]
    public async Task ReadUsers_SeededUsers_AreReadAsActive()
    {
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Users);
        var source = host.Get<IUserSource>(ClientId);
        var before = await SyncReads.AllUsersAsync(source, Deadline);

        Sandbox.SeedUsers(3);
        var after = await SyncReads.AllUsersAsync(source, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Count(u => u.IsActive), Is.EqualTo(before.Count(u => u.IsActive) + 3));
            Assert.That(after.Select(u => u.Id), Is.Unique);
        }
    }

    [Test]
    public async Task ReadRequests_FullRead_PagesToTheEndWithEveryRequestOnce()
    {
        var ids = Sandbox.SeedRequests((PageSize * 2) + 5, Now.AddDays(-2));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);

        var pages = await SyncReads.AllPagesAsync(host.Get<IRequestSource>(ClientId), null, Deadline);

        var cursors = pages.Select(p => p.Cursor.Value).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Has.Count.GreaterThanOrEqualTo(3), "the seed needs at least three pages");
            Assert.That(pages.SelectMany(p => p.Items).Select(r => r.Id), Is.EquivalentTo(ids), "every request exactly once");
            Assert.That(cursors, Is.All.Not.Empty);
            Assert.That(cursors.Zip(cursors.Skip(1)).Where(p => p.First == p.Second), Is.Empty, "the cursor advances");
        }
    }

    [Test]
    public async Task ReadRequests_IncrementalAfterMoves_ReturnsTheMovedRequests()
    {
        var old = Sandbox.SeedRequests((PageSize * 2) + 5, Now.AddDays(-2));
        var recent = Sandbox.SeedRequests(3, Now.AddDays(-1));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);
        var source = host.Get<IRequestSource>(ClientId);
        var cursor = (await SyncReads.AllPagesAsync(source, null, Deadline))[^1].Cursor;

        Sandbox.MoveRequest(old[0], StageCategory.Working, Now);
        Sandbox.MoveRequest(old[1], StageCategory.Waiting, Now);
        var changed = await SyncReads.AllRequestsAsync(source, cursor, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed.Where(r => r.Id == old[0]).Select(r => r.Stage), Is.EqualTo(new[] { StageCategory.Working }));
            Assert.That(changed.Where(r => r.Id == old[1]).Select(r => r.Stage), Is.EqualTo(new[] { StageCategory.Waiting }));
            Assert.That(
                changed.Select(r => r.Id).Except([old[0], old[1]]),
                Is.SubsetOf(recent),
                "nothing older than the overlap window is read again");
        }
    }

    [Test]
    public async Task ReadRequests_ResumeAfterFailedPage_MissesNothing()
    {
        var ids = Sandbox.SeedRequests((PageSize * 2) + 5, Now.AddDays(-2));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);
        var source = host.Get<IRequestSource>(ClientId);
        var pages = source.ReadRequestsAsync(null, Deadline).GetAsyncEnumerator();
        SyncPage<ExternalRequest> first;
        ConnectorException? failure;
        try
        {
            Assert.That(await pages.MoveNextAsync(), Is.True);
            first = pages.Current;
            Sandbox.InjectFault(SandboxFault.ServerError, times: 1_000);
            failure = await Assert.ThrowsAsync<ConnectorException>(async () =>
            {
                while (await pages.MoveNextAsync())
                {
                }
            });
        }
        finally
        {
            await pages.DisposeAsync();
        }

        Sandbox.ClearFaults();
        var rest = await SyncReads.AllRequestsAsync(source, first.Cursor, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(first.Items.Concat(rest).Select(r => r.Id).Distinct(), Is.EquivalentTo(ids));
        }
    }

    [Test]
    public async Task ReadRequest_ById_ReturnsItOrNullWhenUnknown()
    {
        var ids = Sandbox.SeedRequests(2, Now.AddHours(-1));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);
        var source = host.Get<IRequestSource>(ClientId);

        var known = await source.ReadRequestAsync(ids[1], Deadline);
        var unknown = await source.ReadRequestAsync(UnknownRequestId, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(known?.Id, Is.EqualTo(ids[1]));
            Assert.That(known?.Stage, Is.EqualTo(StageCategory.Initial));
            Assert.That(unknown, Is.Null);
        }
    }
}
