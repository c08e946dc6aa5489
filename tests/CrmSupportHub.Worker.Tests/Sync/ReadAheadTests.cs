using System.Runtime.CompilerServices;
using CrmSupportHub.Worker.Sync;

namespace CrmSupportHub.Worker.Tests.Sync;

public class ReadAheadTests
{
    [Test]
    public async Task OneAhead_WholeSequence_YieldsEveryItemInOrder()
    {
        var items = new List<int>();
        await foreach (var item in Numbers(5, new List<string>()).OneAhead())
        {
            items.Add(item);
        }

        Assert.That(items, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public async Task OneAhead_WhileTheCallerHoldsAnItem_TheNextIsAlreadyBeingFetched()
    {
        var log = new List<string>();
        await foreach (var item in Numbers(3, log).OneAhead())
        {
            log.Add($"use {item}");
        }

        Assert.That(log, Is.EqualTo(new[] { "fetch 1", "fetch 2", "use 1", "fetch 3", "use 2", "use 3" }));
    }

    [Test]
    public async Task OneAhead_CallerFails_CancelsTheFetchInFlightAndDisposesTheSource()
    {
        var source = new BlockingSource();

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var item in source.ReadAsync(CancellationToken.None).OneAhead())
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
    public async Task OneAhead_SourceFails_ThrowsItsError()
    {
        await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await foreach (var _ in Failing().OneAhead())
            {
            }
        });
    }

    private static async IAsyncEnumerable<int> Numbers(int count, List<string> log)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.CompletedTask; // each fetch completes at once, so the log order is deterministic
            log.Add($"fetch {i}");
            yield return i;
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
