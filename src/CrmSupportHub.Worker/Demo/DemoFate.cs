using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Worker.Demo;

/// <summary>What the demo's analysts do with a request, by its age. The demo's reaction time is 10 minutes, with warnings at 5 and 8.</summary>
internal enum DemoFate
{
    /// <summary>Picked up within two minutes, parked waiting for the client, picked up again, closed.</summary>
    Quick,

    /// <summary>Picked up after both warnings but before the breach: at risk, then met.</summary>
    Late,

    /// <summary>Left alone: warns, breaches, and is closed only long after.</summary>
    Neglected,
}

internal static class DemoFates
{
    /// <summary>The order in which new requests get their fate (a sandbox starts at its own offset).</summary>
    public static readonly DemoFate[] Rotation = [DemoFate.Quick, DemoFate.Late, DemoFate.Neglected, DemoFate.Quick];

    /// <summary>The rotation of a well-served client: nothing is left to breach, so the overview shows both kinds of client.</summary>
    public static readonly DemoFate[] WellServed = [DemoFate.Quick, DemoFate.Late, DemoFate.Quick, DemoFate.Quick];

    public static IReadOnlyList<(TimeSpan Age, StageCategory Stage)> Steps(DemoFate fate) => fate switch
    {
        DemoFate.Quick =>
        [
            (TimeSpan.FromMinutes(1.5), StageCategory.Working),
            (TimeSpan.FromMinutes(5), StageCategory.Waiting),
            (TimeSpan.FromMinutes(8), StageCategory.Working),
            (TimeSpan.FromMinutes(11), StageCategory.Closed),
        ],
        DemoFate.Late => [(TimeSpan.FromMinutes(8.5), StageCategory.Working), (TimeSpan.FromMinutes(14), StageCategory.Closed)],
        _ => [(TimeSpan.FromMinutes(20), StageCategory.Closed)],
    };
}
