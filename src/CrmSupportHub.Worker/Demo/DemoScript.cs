using CrmSupportHub.Core.Requests;
using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Worker.Demo;

/// <summary>
/// The demo's story: each sandbox CRM gets a new request every <see cref="RaiseEvery"/>, and each
/// request's <see cref="DemoFate"/> moves it through stages as it ages, so clocks run, warn, breach
/// and are met within minutes. It starts with requests of several ages, so the first page already
/// shows every state. Every second client is well served: none of its requests is left to breach.
/// </summary>
internal sealed class DemoScript
{
    public static readonly TimeSpan RaiseEvery = TimeSpan.FromSeconds(45);

    // Ages (minutes) and fates of the requests a sandbox starts with: each has at most its first step behind it.
    private static readonly (double Minutes, DemoFate Fate)[] Opening =
    [
        (0.5, DemoFate.Quick), (3, DemoFate.Quick), (2, DemoFate.Late), (6, DemoFate.Late), (9, DemoFate.Late),
        (12, DemoFate.Late), (4, DemoFate.Neglected), (8.5, DemoFate.Neglected), (11, DemoFate.Neglected), (16, DemoFate.Neglected),
    ];

    private readonly Lock _gate = new();
    private readonly List<Tracked> _requests = [];
    private readonly Dictionary<ISandboxCrm, (DateTimeOffset Next, int Raised)> _raising = [];
    private readonly IReadOnlyList<ISandboxCrm> _sandboxes;

    public DemoScript(IReadOnlyList<ISandboxCrm> sandboxes, DateTimeOffset now)
    {
        _sandboxes = sandboxes;
        for (var i = 0; i < sandboxes.Count; i++)
        {
            var stagger = TimeSpan.FromSeconds(20 * i); // so the four clients do not tick in step
            foreach (var (minutes, fate) in Opening)
            {
                var tracked = Raise(sandboxes[i], fate == DemoFate.Neglected && IsWellServed(i) ? DemoFate.Late : fate, now - TimeSpan.FromMinutes(minutes) - stagger);
                if (Steps(tracked) is [var first, ..] && tracked.RaisedAt + first.Age <= now)
                {
                    sandboxes[i].MoveRequest(tracked.Id, first.Stage, tracked.RaisedAt + first.Age); // before the first sync: history
                    tracked.Done = 1;
                }
            }

            _raising[sandboxes[i]] = (now + TimeSpan.FromSeconds(11 * i), i);
        }
    }

    /// <summary>Raises the requests that are due and moves those whose next step is due; returns what happened, for the log.</summary>
    public IReadOnlyList<string> Advance(DateTimeOffset now)
    {
        var happened = new List<string>();
        lock (_gate)
        {
            for (var i = 0; i < _sandboxes.Count; i++)
            {
                var sandbox = _sandboxes[i];
                var (next, raised) = _raising[sandbox];
                if (next <= now)
                {
                    var rotation = IsWellServed(i) ? DemoFates.WellServed : DemoFates.Rotation;
                    var fate = rotation[raised % rotation.Length];
                    var tracked = Raise(sandbox, fate, now);
                    happened.Add($"{sandbox.Kind}: a client raised request {tracked.Id} ({fate})");
                    _raising[sandbox] = (now + RaiseEvery, raised + 1);
                }
            }

            foreach (var tracked in _requests.ToList())
            {
                var steps = Steps(tracked);
                if (tracked.RaisedAt + steps[tracked.Done].Age > now)
                {
                    continue;
                }

                var stage = steps[tracked.Done++].Stage;
                tracked.Sandbox.MoveRequest(tracked.Id, stage, now);
                happened.Add($"{tracked.Sandbox.Kind}: request {tracked.Id} moved to {stage} ({tracked.Fate})");
                if (tracked.Done == steps.Count)
                {
                    _requests.Remove(tracked);
                }
            }
        }

        return happened;
    }

    private static bool IsWellServed(int sandbox) => sandbox % 2 == 1;

    private Tracked Raise(ISandboxCrm sandbox, DemoFate fate, DateTimeOffset at)
    {
        var tracked = new Tracked(sandbox, sandbox.SeedRequests(1, at)[0], at, fate);
        _requests.Add(tracked);
        return tracked;
    }

    private static IReadOnlyList<(TimeSpan Age, StageCategory Stage)> Steps(Tracked tracked) => DemoFates.Steps(tracked.Fate);

    private sealed record Tracked(ISandboxCrm Sandbox, string Id, DateTimeOffset RaisedAt, DemoFate Fate)
    {
        public int Done { get; set; }
    }
}
