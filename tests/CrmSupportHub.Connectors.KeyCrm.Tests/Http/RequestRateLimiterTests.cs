using CrmSupportHub.Connectors.KeyCrm.Http;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Http;

public sealed class RequestRateLimiterTests
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void ResetClock() => _time = new FakeTimeProvider();

    [Test]
    public async Task Acquire_61stCallWithinAMinute_WaitsUntilTheFirstAgesOut()
    {
        using var limiter = new RequestRateLimiter(60, TimeSpan.FromMinutes(1), _time);
        for (var i = 0; i < 60; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var sixtyFirst = limiter.AcquireAsync(CancellationToken.None).AsTask();
        var waitedAfter54s = sixtyFirst.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(54)); // 60 s after the first permit
        await sixtyFirst;

        Assert.That(waitedAfter54s, Is.False);
    }

    [Test]
    public async Task Acquire_61stCall_IsNotGrantedBeforeTheWindowPasses()
    {
        using var limiter = new RequestRateLimiter(60, TimeSpan.FromMinutes(1), _time);
        for (var i = 0; i < 60; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
        }

        var sixtyFirst = limiter.AcquireAsync(CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(59));
        var afterFiftyNine = sixtyFirst.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(1));
        await sixtyFirst;

        Assert.That(afterFiftyNine, Is.False);
    }

    [Test]
    public async Task Acquire_AfterAQuietMinute_GrantsAFullBurstAgain()
    {
        using var limiter = new RequestRateLimiter(3, TimeSpan.FromMinutes(1), _time);
        for (var i = 0; i < 3; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        var burst = Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        Assert.That(burst.All(t => t.IsCompletedSuccessfully), Is.True);
    }

    [Test]
    public async Task Acquire_CancelledWhileWaiting_Throws()
    {
        using var limiter = new RequestRateLimiter(1, TimeSpan.FromMinutes(1), _time);
        using var cancellation = new CancellationTokenSource();
        await limiter.AcquireAsync(CancellationToken.None);

        var waiting = limiter.AcquireAsync(cancellation.Token).AsTask();
        cancellation.Cancel();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
    }
}
