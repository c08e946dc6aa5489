using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Connectors.Pipedrive.Sync;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Sync;

public class PipedriveDealReaderTests
{
    // Pipedrive keeps deleted deals 30 days, so the seed lies in the recent past.
    private static readonly DateTimeOffset T0 = Hour(TimeProvider.System.GetUtcNow().AddDays(-1));

    private PipedriveSandbox _sandbox = null!;
    private SandboxApi _api = null!;
    private PipedriveDealReader _reader = null!;

    [SetUp]
    public void Start()
    {
        _sandbox = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        _api = new SandboxApi(_sandbox);
        var settings = new PipedriveSettings
        {
            SupportPipelineId = PipedriveSandbox.SupportPipelineId,
            InitialStageIds = [PipedriveSandbox.NewStageId],
            ClosedStageIds = [PipedriveSandbox.DoneStageId],
            PageSize = 2,
            SyncOverlap = TimeSpan.FromMinutes(2),
        };
        _reader = new PipedriveDealReader(_api.Caller, settings, PipedriveStageMap.From(settings));
    }

    [TearDown]
    public void Stop()
    {
        _api.Dispose();
        _sandbox.Dispose();
    }

    [Test]
    public async Task ReadAsync_FullRead_SkipsDeletedPassAndSetsBothWatermarks()
    {
        _sandbox.SeedRequests(3, T0);
        _sandbox.CreateDeal("sales", T0, PipedriveSandbox.SalesPipelineId);

        var pages = await AllPagesAsync(null);

        var final = PipedriveSyncCursor.Parse(pages[^1].Cursor);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(p => p.Items).Select(r => r.Id), Is.EqualTo(new[] { "1", "2", "3" }));
            Assert.That(final, Is.EqualTo(new PipedriveSyncCursor("changed", T0.AddSeconds(2), T0.AddSeconds(2))));
            Assert.That(_sandbox.Requests, Has.None.Contains("status=deleted"));
            Assert.That(_sandbox.Requests, Has.All.Contains("pipeline_id=1").And.Contains("sort_by=update_time").And.Contains("limit=2"));
            Assert.That(_sandbox.Requests, Has.None.Contains("updated_since"));
        }
    }

    [Test]
    public async Task ReadAsync_Incremental_QueriesFromWatermarkMinusOverlapThenDeletedPass()
    {
        var ids = _sandbox.SeedRequests(3, T0);
        var cursor = (await AllPagesAsync(null))[^1].Cursor;
        _sandbox.DeleteRequest(ids[0], T0.AddHours(1));
        _sandbox.MoveRequest(ids[1], StageCategory.Closed, T0.AddHours(2));

        var pages = await AllPagesAsync(cursor);

        var requests = pages.SelectMany(p => p.Items).ToList();
        var calls = _sandbox.Requests.Skip(2).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Uri.UnescapeDataString(calls[0]), Does.Contain($"updated_since={T0.AddSeconds(2).AddMinutes(-2):yyyy-MM-dd'T'HH:mm:ss'Z'}"));
            Assert.That(calls[^1], Does.Contain("status=deleted"));
            Assert.That(requests.Single(r => r.Id == ids[0]).Status, Is.EqualTo(RequestStatus.Deleted));
            Assert.That(requests.Single(r => r.Id == ids[1]).Stage, Is.EqualTo(StageCategory.Closed));
            Assert.That(PipedriveSyncCursor.Parse(pages[^1].Cursor), Is.EqualTo(new PipedriveSyncCursor("changed", T0.AddHours(2), T0.AddHours(1))));
        }
    }

    [Test]
    public async Task ReadAsync_ResumeFromMidPassCursor_RepeatsTheQueryFromThatPage()
    {
        _sandbox.SeedRequests(5, T0);
        var first = await FirstPageAsync(null);

        var rest = await AllPagesAsync(first.Cursor);

        var mid = PipedriveSyncCursor.Parse(first.Cursor);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mid.Page, Is.Not.Null);
            Assert.That(mid.Changed, Is.EqualTo(T0.AddSeconds(1)), "watermark of what page 1 committed");
            Assert.That(first.Items.Concat(rest.SelectMany(p => p.Items)).Select(r => r.Id), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
            Assert.That(rest[^1].Cursor.Value, Does.Not.Contain("page"));
        }
    }

    [Test]
    public async Task ReadAsync_NothingChanged_YieldsEmptyPagesEndingWithTheFinalCursor()
    {
        _sandbox.SeedRequests(1, T0);
        var cursor = (await AllPagesAsync(null))[^1].Cursor;

        var pages = await AllPagesAsync(cursor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(p => p.Items).Select(r => r.Id), Is.EqualTo(new[] { "1" }), "the overlap re-reads the last deal");
            Assert.That(PipedriveSyncCursor.Parse(pages[^1].Cursor), Is.EqualTo(PipedriveSyncCursor.Parse(cursor)));
        }
    }

    [Test]
    public async Task ReadAsync_EmptyPipeline_YieldsOneEmptyPageWithACursor()
    {
        var pages = await AllPagesAsync(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Has.Count.EqualTo(1));
            Assert.That(pages[0].Items, Is.Empty);
            Assert.That(PipedriveSyncCursor.Parse(pages[0].Cursor), Is.EqualTo(PipedriveSyncCursor.Start));
        }
    }

    [Test]
    public async Task ReadAsync_ForeignCursor_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => AllPagesAsync(new SyncCursor("page=3")));
    }

    [Test]
    public async Task ReadAsync_CursorThatNeverMovesOn_FailsInsteadOfLooping()
    {
        _sandbox.SeedRequests(5, T0);
        _sandbox.InjectFault(SandboxFault.EmptyPage, times: 100, afterCalls: 1);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => AllPagesAsync(null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(_sandbox.CallCount, Is.EqualTo(4), "the first page, then its cursor asked three times");
        }
    }

    [Test]
    public async Task ReadAsync_PageSentTwice_ReturnsItsDealsOnce()
    {
        _sandbox.SeedRequests(5, T0);
        _sandbox.InjectFault(SandboxFault.RepeatedPage, afterCalls: 1);

        var pages = await AllPagesAsync(null);

        Assert.That(pages.SelectMany(p => p.Items).Select(r => r.Id), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
    }

    [Test]
    public async Task ReadAsync_DealStampedInYearOne_NextRunStillStarts()
    {
        _sandbox.CreateDeal("from the dawn of time", DateTimeOffset.MinValue);
        var cursor = (await AllPagesAsync(null))[^1].Cursor;

        var next = await AllPagesAsync(cursor);

        Assert.That(next.SelectMany(p => p.Items).Select(r => r.Id), Is.EqualTo(new[] { "1" }), "updated_since stops at year one instead of throwing");
    }

    private static DateTimeOffset Hour(DateTimeOffset time) => new(time.Year, time.Month, time.Day, time.Hour, 0, 0, TimeSpan.Zero);

    private async Task<List<SyncPage<ExternalRequest>>> AllPagesAsync(SyncCursor? since)
    {
        var pages = new List<SyncPage<ExternalRequest>>();
        await foreach (var page in _reader.ReadAsync(since, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }

    private async Task<SyncPage<ExternalRequest>> FirstPageAsync(SyncCursor? since)
    {
        await foreach (var page in _reader.ReadAsync(since, CancellationToken.None))
        {
            return page;
        }

        throw new AssertionException("no page");
    }
}
