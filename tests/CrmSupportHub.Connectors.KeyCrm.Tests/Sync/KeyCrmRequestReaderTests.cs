using System.Globalization;
using System.Web;
using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Sync;

public sealed class KeyCrmRequestReaderTests
{
    private static readonly DateTimeOffset Start = At("2026-05-01 09:00:00");

    private FakeTimeProvider _time = null!;
    private KeyCrmSandbox _sandbox = null!;
    private KeyCrmTestHost _host = null!;

    [SetUp]
    public void StartHost()
    {
        _time = new FakeTimeProvider(Start);
        _sandbox = new KeyCrmSandbox(new KeyCrmSandboxOptions { TimeProvider = _time });
        _host = new KeyCrmTestHost(_sandbox, _time, new Dictionary<string, string?> { ["Settings:PageSize"] = "10" });
    }

    [TearDown]
    public void StopHost()
    {
        _host.Dispose();
        _sandbox.Dispose();
    }

    [Test]
    public async Task ReadRequests_FullRead_AsksForThePipelineWithIncludesAndNoTimeFilter()
    {
        _sandbox.SeedRequests(3, Start.AddDays(-1));

        await SyncReads.AllPagesAsync(_host.Connector, null);

        var query = Query(_host.Recorder.Calls.Single());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(query["filter[pipeline_id]"], Is.EqualTo("3"));
            Assert.That(query["include"], Is.EqualTo("status,manager"));
            Assert.That(query["limit"], Is.EqualTo("10"));
            Assert.That(query["filter[updated_between]"], Is.Null);
        }
    }

    [Test]
    public async Task ReadRequests_Incremental_AsksFromTheWatermarkLessTheOverlapToNow()
    {
        _sandbox.SeedRequests(3, At("2026-05-01 08:00:00"));
        var cursor = (await SyncReads.AllPagesAsync(_host.Connector, null))[^1].Cursor;
        _time.Advance(TimeSpan.FromMinutes(5));

        await SyncReads.AllPagesAsync(_host.Connector, cursor);

        var between = Query(_host.Recorder.Calls.Last())["filter[updated_between]"];
        Assert.That(between, Is.EqualTo("2026-05-01 07:58:02, 2026-05-01 09:05:00"), "newest seen 08:00:02 less 2 min, to the hub's now");
    }

    [Test]
    public async Task ReadRequests_Incremental_ReturnsOnlyChangedCardsOfTheSupportPipeline()
    {
        var ids = _sandbox.SeedRequests(5, At("2026-04-01 08:00:00"));
        var latest = _sandbox.CreateCard("Newest before the first run", At("2026-04-02 08:00:00"));
        _sandbox.CreateCard("A sales lead", At("2026-04-02 08:00:00"), KeyCrmSandbox.SalesPipelineId);
        var cursor = (await SyncReads.AllPagesAsync(_host.Connector, null))[^1].Cursor;
        _sandbox.MoveRequest(ids[2], StageCategory.Waiting, At("2026-05-01 08:59:00"));
        var sale = _sandbox.CreateCard("Another sales lead", At("2026-05-01 08:59:00"), KeyCrmSandbox.SalesPipelineId);

        var changed = await SyncReads.AllRequestsAsync(_host.Connector, cursor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed.Select(r => r.Id), Is.EquivalentTo(new[] { ids[2], $"{latest.Id}" }), "the moved card and the one inside the overlap");
            Assert.That(changed.Single(r => r.Id == ids[2]).Stage, Is.EqualTo(StageCategory.Waiting));
            Assert.That(changed.Select(r => r.Id), Does.Not.Contain($"{sale.Id}"));
        }
    }

    [Test]
    public async Task ReadRequests_ResumedMidRun_KeepsTheWindowOfTheRun()
    {
        _sandbox.SeedRequests(25, At("2026-04-30 08:00:00"));
        var cursor = (await SyncReads.AllPagesAsync(_host.Connector, null))[^1].Cursor;
        _sandbox.SeedRequests(25, At("2026-05-01 08:30:00"));
        SyncPage<ExternalRequest> first;
        await using (var pages = _host.Connector.ReadRequestsAsync(cursor, CancellationToken.None).GetAsyncEnumerator())
        {
            await pages.MoveNextAsync();
            first = pages.Current;
        }

        _time.Advance(TimeSpan.FromHours(1));
        var calls = _host.Recorder.Calls.Count;
        var rest = await SyncReads.AllRequestsAsync(_host.Connector, first.Cursor);

        var windows = _host.Recorder.Calls.Skip(calls - 1).Select(u => Query(u)["filter[updated_between]"]).Distinct();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(windows.Count(), Is.EqualTo(1), "every page of the run asks for the same window");
            Assert.That(first.Items.Concat(rest).Select(r => r.Id).Distinct().Count(), Is.EqualTo(50), "25 in the overlap, 25 new");
        }
    }

    [Test]
    public async Task ReadRequests_CardDeletedWhilePaging_KeepsTheWatermarkSoTheSkippedCardIsReadNextRun()
    {
        var ids = _sandbox.SeedRequests(25, At("2026-04-30 08:00:00"));
        var pages = _host.Connector.ReadRequestsAsync(null, CancellationToken.None).GetAsyncEnumerator();
        var read = new List<ExternalRequest>();
        SyncCursor cursor;
        try
        {
            await pages.MoveNextAsync();
            read.AddRange(pages.Current.Items);
            _sandbox.DeleteRequest(ids[0], Start); // every later card slides one place up: ids[10] lands on page 1
            cursor = pages.Current.Cursor;
            while (await pages.MoveNextAsync())
            {
                read.AddRange(pages.Current.Items);
                cursor = pages.Current.Cursor;
            }
        }
        finally
        {
            await pages.DisposeAsync();
        }

        var next = await SyncReads.AllRequestsAsync(_host.Connector, cursor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Select(r => r.Id), Does.Not.Contain(ids[10]), "the slide skipped it in this run");
            Assert.That(next.Select(r => r.Id), Does.Contain(ids[10]), "the next run reads the window again");
        }
    }

    [Test]
    public async Task ReadRequests_CardChangedAfterTheWindowEnd_IsReadByTheNextRun()
    {
        var ids = _sandbox.SeedRequests(3, At("2026-05-01 08:00:00"));
        var cursor = (await SyncReads.AllPagesAsync(_host.Connector, null))[^1].Cursor;
        _time.Advance(TimeSpan.FromMinutes(10));
        _sandbox.MoveRequest(ids[1], StageCategory.Working, _time.GetUtcNow());

        var changed = await SyncReads.AllRequestsAsync(_host.Connector, cursor);

        Assert.That(changed.Where(r => r.Id == ids[1]).Select(r => r.Stage), Is.EqualTo(new[] { StageCategory.Working }));
    }

    [Test]
    public async Task ReadRequests_UnreadableCursor_StartsAFullRead()
    {
        var ids = _sandbox.SeedRequests(3, At("2026-04-01 08:00:00"));

        var all = await SyncReads.AllRequestsAsync(_host.Connector, new SyncCursor("{not a cursor"));

        Assert.That(all.Select(r => r.Id), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task ReadRequests_EmptyPipeline_EndsWithOneEmptyPage()
    {
        var pages = await SyncReads.AllPagesAsync(_host.Connector, null);

        Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 0 }));
    }

    [TestCase(SandboxFault.EmptyPage)]
    [TestCase(SandboxFault.RepeatedPage)]
    public async Task ReadRequests_GlitchedPage_IsAskedAgainSoNoCardIsSkipped(SandboxFault fault)
    {
        var ids = _sandbox.SeedRequests(25, Start.AddDays(-1));
        _sandbox.InjectFault(fault, afterCalls: 1);

        var all = await SyncReads.AllRequestsAsync(_host.Connector, null);

        Assert.That(all.Select(r => r.Id), Is.EquivalentTo(ids).And.Unique);
    }

    [Test]
    public async Task ReadRequests_PageThatNeverComes_FailsInsteadOfLooping()
    {
        _sandbox.SeedRequests(25, Start.AddDays(-1));
        _sandbox.InjectFault(SandboxFault.RepeatedPage, times: 100, afterCalls: 1);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(_host.Connector, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(error.Message, Does.Contain("page 2"));
        }
    }

    [Test]
    public async Task ReadRequests_CardStampedInYearOne_NextRunStillStarts()
    {
        var card = _sandbox.CreateCard("from the dawn of time", DateTimeOffset.MinValue);
        var cursor = (await SyncReads.AllPagesAsync(_host.Connector, null))[^1].Cursor;

        var next = await SyncReads.AllRequestsAsync(_host.Connector, cursor);

        Assert.That(next.Select(r => r.Id), Is.EqualTo(new[] { card.Id.ToString(CultureInfo.InvariantCulture) }));
    }

    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.ParseExact(utc, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static System.Collections.Specialized.NameValueCollection Query(Uri uri) => HttpUtility.ParseQueryString(uri.Query);
}
