using System.Runtime.CompilerServices;
using CrmSupportHub.Worker.Sync;

namespace CrmSupportHub.Worker.Tests.Sync;

public class ReadAheadTests
{
    [Test]
    public async Task Ahead_WholeSequence_YieldsEveryItemInOrder()
    {
        var items = new List<int>();
        await foreach (var item in Numbers(50, new Fetches()).Ahead(buffered: 3))
        {
            items.Add(item);
        }

        Assert.That(items, Is.EqualTo(Enumerable.Range(1, 50)));
    }

    [Test]
    public async Task Ahead_WhileTheCallerHoldsAnItem_FetchesUpToTheBufferAndOneMore()
    {
        var fetches = new Fetches();
        await using var items = Numbers(10, fetches).Ahead(buffered: 2).GetAsyncEnumerator();

        Assert.That(await items.MoveNextAsync(), Is.True);
        var reached = await fetches.WaitForAsync(4, TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items.Current, Is.EqualTo(1));
            Assert.That(reached, Is.True, "items 2 and 3 wait in the buffer and item 4 is fetched, while the caller works on item 1");
            Assert.That(fetches.Count, Is.EqualTo(4), "no more than the buffer and one in flight");
        }
    }

    [Test]
    public async Task Ahead_CallerFails_CancelsTheFetchInFlightAndDisposesTheSource()
    {
        var source = new BlockingSource();

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var item in source.ReadAsync(CancellationToken.None).Ahead(buffered: 1))
            {
                throw new InvalidOperationException($"commit of {item} failed");
            }
        });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(source.SecondFetchCancelled, Is.True);
            Assert.That(source.Disposed, Is.True);
        }
    }

    [Test]
    public async Task Ahead_SourceFails_ThrowsItsError()
    {
        await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await foreach (var _ in Failing().Ahead(buffered: 1))
            {
            }
        });
    }

    private static async IAsyncEnumerable<int> Numbers(int count, Fetches fetches)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            fetches.Add();
            yield return i;
        }
    }

    /// <summary>Counts fetches made on the read-ahead's own thread.</summary>
    private sealed class Fetches
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);

        /// <returns>Whether the count reached <paramref name="expected"/> before the timeout (a failure bound, not a measurement).</returns>
        public async Task<bool> WaitForAsync(int expected, TimeSpan timeout)
        {
            using var cancellation = new CancellationTokenSource(timeout);
            while (Count < expected && !cancellation.IsCancellationRequested)
            {
                await Task.Delay(10, CancellationToken.None);
            }

            await Task.Delay(50, CancellationToken.None); // a fetch beyond the bound would show by now
            return Count >= expected;
        }
    }

    private static async IAsyncEnumerable<int> Failing()
    {
        yield return 1;
        await Task.Yield();
        throw new TimeoutException("page 2 did not come");
    }

    private sealed class BlockingSource
    {
        public bool SecondFetchCancelled { get; private set; }

        public bool Disposed { get; private set; }

        public async IAsyncEnumerable<int> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                yield return 1;
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    SecondFetchCancelled = true;
                    throw;
                }

                yield return 2;
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
