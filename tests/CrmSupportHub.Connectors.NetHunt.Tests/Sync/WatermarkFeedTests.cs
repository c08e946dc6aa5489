using CrmSupportHub.Connectors.NetHunt.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace CrmSupportHub.Connectors.NetHunt.Tests.Sync;

public sealed class WatermarkFeedTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 7, 12, 0, 0, TimeSpan.Zero);

    [TestCase(false)]
    [TestCase(true)]
    public async Task NextAsync_FullPages_LoopByWatermarkAndReturnEveryItemOnce(bool inclusive)
    {
        var feed = new FakeFeed(Spread(25), inclusive);

        var read = await ReadAllAsync(Walker(feed, limit: 10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Select(i => i.Id), Is.EquivalentTo(feed.Items.Select(i => i.Id)));
            Assert.That(feed.Calls, Has.Count.GreaterThanOrEqualTo(3));
        }
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task NextAsync_MoreItemsShareAnInstantThanTheLimit_NoneIsLost(bool inclusive)
    {
        var items = Same(10, T0, "a").Concat(Same(25, T0.AddSeconds(1), "b")).Concat(Same(5, T0.AddSeconds(2), "c")).ToList();
        var feed = new FakeFeed(items, inclusive);

        var read = await ReadAllAsync(Walker(feed, limit: 10));

        Assert.That(read.Select(i => i.Id), Is.EquivalentTo(items.Select(i => i.Id)));
    }

    [Test]
    public async Task NextAsync_PastACrowdedInstant_LimitReturnsToThePageSize()
    {
        var items = Same(30, T0, "a").Concat(Spread(40).Select(i => i with { Stamp = i.Stamp.AddMinutes(1) })).ToList();
        var feed = new FakeFeed(items, inclusive: false);

        var read = await ReadAllAsync(Walker(feed, limit: 10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Select(i => i.Id), Is.EquivalentTo(items.Select(i => i.Id)));
            Assert.That(feed.Calls.Max(c => c.Limit), Is.EqualTo(40), "doubled while stuck");
            Assert.That(feed.Calls[^1].Limit, Is.EqualTo(10));
        }
    }

    [Test]
    public async Task NextAsync_ExactlyLimitItems_AsksOnceMoreThenStops()
    {
        var feed = new FakeFeed(Spread(10), inclusive: false);
        var walker = Walker(feed, limit: 10);

        var read = await ReadAllAsync(walker);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Has.Count.EqualTo(10));
            Assert.That(feed.Calls, Has.Count.EqualTo(2));
            Assert.That(feed.Calls[1].Since, Is.EqualTo(T0.AddSeconds(9).AddMilliseconds(-1)), "starts 1 ms before the newest stamp");
            Assert.That(walker.Watermark, Is.EqualTo(T0.AddSeconds(9)));
        }
    }

    [Test]
    public async Task NextAsync_EmptyAnswer_IsDoneAndKeepsTheWatermark()
    {
        var feed = new FakeFeed([], inclusive: false);
        var walker = Walker(feed, limit: 10, watermark: T0);

        var read = await walker.NextAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Is.Empty);
            Assert.That(walker.Done, Is.True);
            Assert.That(walker.Watermark, Is.EqualTo(T0));
        }
    }

    [Test]
    public async Task NextAsync_Overlap_StartsBehindTheWatermarkWhichNeverMovesBack()
    {
        var feed = new FakeFeed([new Item("old", T0.AddMinutes(-1))], inclusive: false);
        var walker = Walker(feed, limit: 10, watermark: T0, overlap: TimeSpan.FromMinutes(2));

        var read = await walker.NextAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(feed.Calls[0].Since, Is.EqualTo(T0.AddMinutes(-2)));
            Assert.That(read.Select(i => i.Id), Is.EqualTo(new[] { "old" }), "a record shown late inside the overlap is read");
            Assert.That(walker.Watermark, Is.EqualTo(T0));
        }
    }

    [Test]
    public async Task NextAsync_OverlapBeforeTheEpoch_StartsAtTheEpoch()
    {
        var feed = new FakeFeed([], inclusive: false);

        await Walker(feed, limit: 10, watermark: DateTimeOffset.UnixEpoch, overlap: TimeSpan.FromMinutes(2)).NextAsync(CancellationToken.None);

        Assert.That(feed.Calls[0].Since, Is.EqualTo(DateTimeOffset.UnixEpoch));
    }

    [Test]
    public async Task NextAsync_StuckAtTheLargestLimit_SkipsPastTheInstantWithAWarning()
    {
        var items = Same(600, T0, "a").Concat(Same(3, T0.AddSeconds(1), "b")).ToList();
        var feed = new FakeFeed(items, inclusive: true);
        var logger = new FakeLogger();
        var walker = Walker(feed, limit: NetHuntSettings.MaxPageSize, logger: logger);

        var read = await ReadAllAsync(walker);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Has.Count.EqualTo(503), "500 of the 600 that share an instant, then the rest");
            Assert.That(logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message), Has.Exactly(1).Matches<string>(m => m != null && m.Contains("skipping past", StringComparison.Ordinal)));
        }
    }

    [Test]
    public async Task NextAsync_FullPageWithoutTimestamps_StopsWithAWarning()
    {
        var feed = new FakeFeed(Spread(10), inclusive: false, stamp: _ => null);
        var logger = new FakeLogger();
        var walker = Walker(feed, limit: 10, logger: logger, stamp: _ => null);

        await walker.NextAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(walker.Done, Is.True);
            Assert.That(logger.Collector.LatestRecord.Level, Is.EqualTo(LogLevel.Warning));
        }
    }

    private static WatermarkFeed<Item> Walker(
        FakeFeed feed,
        int limit,
        DateTimeOffset? watermark = null,
        TimeSpan overlap = default,
        ILogger? logger = null,
        Func<Item, DateTimeOffset?>? stamp = null) =>
        new("test", feed.CallAsync, i => i.Id, stamp ?? (i => i.Stamp), watermark ?? DateTimeOffset.UnixEpoch, overlap, limit, logger ?? NullLogger.Instance);

    private static async Task<List<Item>> ReadAllAsync(WatermarkFeed<Item> walker)
    {
        var read = new List<Item>();
        for (var step = 0; !walker.Done; step++)
        {
            Assert.That(step, Is.LessThan(100), "the walk must end");
            read.AddRange(await walker.NextAsync(CancellationToken.None));
        }

        return read;
    }

    private static List<Item> Spread(int count) => [.. Enumerable.Range(0, count).Select(i => new Item($"r{i:D3}", T0.AddSeconds(i)))];

    private static IEnumerable<Item> Same(int count, DateTimeOffset at, string prefix) =>
        Enumerable.Range(0, count).Select(i => new Item($"{prefix}{i:D3}", at));

    internal sealed record Item(string Id, DateTimeOffset Stamp);

    /// <summary>A NetHunt-like feed: the oldest <c>limit</c> items after (or at) <c>since</c>, newest first.</summary>
    private sealed class FakeFeed(List<Item> items, bool inclusive, Func<Item, DateTimeOffset?>? stamp = null)
    {
        public List<Item> Items { get; } = items;

        public List<(DateTimeOffset Since, int Limit)> Calls { get; } = [];

        public Task<List<Item>> CallAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
        {
            Calls.Add((since, limit));
            var answer = Items
                .Where(i => stamp is not null || (inclusive ? i.Stamp >= since : i.Stamp > since))
                .OrderBy(i => i.Stamp).ThenBy(i => i.Id, StringComparer.Ordinal)
                .Take(limit)
                .Reverse()
                .ToList();
            return Task.FromResult(answer);
        }
    }
}
