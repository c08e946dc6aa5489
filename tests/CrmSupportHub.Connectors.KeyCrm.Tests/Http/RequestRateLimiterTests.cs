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
    public async Task Acquire_FirstRequestAnsweredLate_WindowRunsFromItsAnswer()
    {
        using var limiter = new RequestRateLimiter(2, TimeSpan.FromMinutes(1), _time);
        var first = await limiter.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(3)); // KeyCRM counted it somewhere in these three seconds
        limiter.Complete(first);
        await limiter.AcquireAsync(CancellationToken.None);

        var third = limiter.AcquireAsync(CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(57)); // a minute after the first grant
        var grantedAMinuteAfterTheGrant = await SettlesAsync(third);
        _time.Advance(TimeSpan.FromSeconds(3)); // a minute after its answer
        await third.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(grantedAMinuteAfterTheGrant, Is.False);
    }

    [Test]
    public async Task SendAsync_AnsweredOrFailed_CompletesThePermit()
    {
        using var limiter = new RequestRateLimiter(1, TimeSpan.FromMinutes(1), _time);
        using var client = new HttpClient(new RateLimitingHandler(limiter) { InnerHandler = new FailingHandler(_time) });

        Assert.That(() => client.GetAsync(new Uri("https://openapi.keycrm.app/v1/users")), Throws.InstanceOf<HttpRequestException>());
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(58)); // a minute after the grant, two seconds before the failure's minute ends
        var afterTheGrantsMinute = await SettlesAsync(next);
        _time.Advance(TimeSpan.FromSeconds(2));
        await next.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(afterTheGrantsMinute, Is.False, "the failed attempt's window runs from its end");
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

    /// <summary>Whether a wait has ended, given its continuation a moment to run after the clock moved.</summary>
    private static async Task<bool> SettlesAsync(Task wait)
    {
        await Task.WhenAny(wait, Task.Delay(TimeSpan.FromMilliseconds(200)));
        return wait.IsCompleted;
    }

    /// <summary>Fails after two seconds, as a timed-out attempt would.</summary>
    private sealed class FailingHandler(FakeTimeProvider time) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            time.Advance(TimeSpan.FromSeconds(2));
            throw new HttpRequestException("connection reset");
        }
    }
}
