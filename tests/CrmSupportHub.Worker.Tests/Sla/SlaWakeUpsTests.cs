using CrmSupportHub.Worker.Sla;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Worker.Tests.Sla;

public sealed class SlaWakeUpsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly RequestRef _a = new("acme", "1");
    private readonly RequestRef _b = new("acme", "2");

    [Test]
    public void WakeUp_FiresAtItsInstant_NotBefore()
    {
        var time = new FakeTimeProvider(Now);
        var woken = new List<RequestRef>();
        using var wakeUps = new SlaWakeUps(time, woken.Add);

        wakeUps.Schedule(_a, Now.AddMinutes(30));
        time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));
        Assert.That(woken, Is.Empty);
        time.Advance(TimeSpan.FromTicks(1));
        Assert.That(woken, Is.EqualTo(new[] { _a }));
        Assert.That(wakeUps.Count, Is.Zero);
    }

    [Test]
    public void Reschedule_ReplacesTheEarlierWakeUp()
    {
        var time = new FakeTimeProvider(Now);
        var woken = new List<RequestRef>();
        using var wakeUps = new SlaWakeUps(time, woken.Add);

        wakeUps.Schedule(_a, Now.AddMinutes(10));
        wakeUps.Schedule(_a, Now.AddMinutes(40));
        time.Advance(TimeSpan.FromMinutes(39));
        Assert.That(woken, Is.Empty, "the 10-minute wake-up was replaced");
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.That(woken, Is.EqualTo(new[] { _a }));
    }

    [Test]
    public void EarlierRequest_RearmsTheTimer_AndCancelledOnesNeverFire()
    {
        var time = new FakeTimeProvider(Now);
        var woken = new List<RequestRef>();
        using var wakeUps = new SlaWakeUps(time, woken.Add);

        wakeUps.Schedule(_a, Now.AddHours(2));
        wakeUps.Schedule(_b, Now.AddMinutes(5));
        wakeUps.Cancel(_a);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.That(woken, Is.EqualTo(new[] { _b }));
        time.Advance(TimeSpan.FromHours(3));
        Assert.That(woken, Is.EqualTo(new[] { _b }));
    }

    [Test]
    public void FarFutureWakeUp_IsReachedInHops()
    {
        var time = new FakeTimeProvider(Now);
        var woken = new List<RequestRef>();
        using var wakeUps = new SlaWakeUps(time, woken.Add);

        wakeUps.Schedule(_a, Now.AddDays(100));
        time.Advance(TimeSpan.FromDays(99));
        Assert.That(woken, Is.Empty);
        time.Advance(TimeSpan.FromDays(1));
        Assert.That(woken, Is.EqualTo(new[] { _a }));
    }

    [Test]
    public void PastInstant_FiresAtOnce()
    {
        var time = new FakeTimeProvider(Now);
        var woken = new List<RequestRef>();
        using var wakeUps = new SlaWakeUps(time, woken.Add);

        wakeUps.Schedule(_a, Now.AddMinutes(-5));
        time.Advance(TimeSpan.Zero);
        Assert.That(woken, Is.EqualTo(new[] { _a }));
    }
}
