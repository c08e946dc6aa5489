using CrmSupportHub.Sandbox.KeyCrm;
using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Demo;

namespace CrmSupportHub.Worker.Tests.Demo;

public sealed class DemoScriptTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    [Test]
    public void Advance_OverHalfAnHour_ReactsQuicklyLateAndNeverToSomeRequests()
    {
        using var crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        var script = new DemoScript([crm], Start);
        var opening = crm.RequestCount;

        var log = new List<(TimeSpan At, string Line)>();
        for (var at = TimeSpan.Zero; at <= TimeSpan.FromMinutes(30); at += TimeSpan.FromSeconds(5))
        {
            log.AddRange(script.Advance(Start + at).Select(line => (at, line)));
        }

        var raised = log.Where(l => l.Line.Contains("raised", StringComparison.Ordinal)).ToList();
        Assert.That(opening, Is.EqualTo(10), "requests of several ages from the start");
        Assert.That(raised, Has.Count.EqualTo(41), "one every 45 s");
        Assert.That(FirstMove(log, raised[0]), Is.EqualTo(TimeSpan.FromMinutes(1.5)).Within(TimeSpan.FromSeconds(5)), "Quick: reacted within two minutes");
        Assert.That(FirstMove(log, raised[1]), Is.EqualTo(TimeSpan.FromMinutes(8.5)).Within(TimeSpan.FromSeconds(5)), "Late: after both warnings");
        Assert.That(FirstMove(log, raised[2]), Is.EqualTo(TimeSpan.FromMinutes(20)).Within(TimeSpan.FromSeconds(5)), "Neglected: closed long after its breach");
    }

    [Test]
    public void Advance_WellServedClient_LeavesNothingToBreach()
    {
        using var neglecting = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        using var wellServed = new KeyCrmSandbox();
        var script = new DemoScript([neglecting, wellServed], Start);

        var lines = Enumerable.Range(0, 400).SelectMany(i => script.Advance(Start + TimeSpan.FromSeconds(5 * i))).ToList();

        Assert.That(lines.Where(l => l.StartsWith("Pipedrive", StringComparison.Ordinal)), Has.Some.Contains("(Neglected)"));
        Assert.That(lines.Where(l => l.StartsWith("KeyCrm", StringComparison.Ordinal)), Has.None.Contains("(Neglected)").And.Some.Contains("(Late)"));
    }

    [Test]
    public void Constructor_OpeningRequests_AreNotYetDueAgainAtOnce()
    {
        using var crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0 });
        var script = new DemoScript([crm], Start);

        var moved = script.Advance(Start).Where(l => l.Contains("moved", StringComparison.Ordinal));

        Assert.That(moved, Is.Empty, "each opening request has at most its first step behind it, done as history");
    }

    /// <summary>How long after it was raised the request was first moved.</summary>
    private static TimeSpan? FirstMove(List<(TimeSpan At, string Line)> log, (TimeSpan At, string Line) raised)
    {
        var id = raised.Line.Split("request ")[1].Split(' ')[0];
        var move = log.FirstOrDefault(l => l.Line.Contains($"request {id} moved", StringComparison.Ordinal));
        return move.Line is null ? null : move.At - raised.At;
    }
}
