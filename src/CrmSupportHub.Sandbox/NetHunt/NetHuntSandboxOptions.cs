namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>
/// How a <see cref="NetHuntSandbox"/> behaves. NetHunt documents neither rate limits nor whether
/// <c>since</c> is inclusive, so those are knobs: the defaults are the strict reading (exclusive
/// <c>since</c>, updated feed without never-edited records, no burst limit).
/// </summary>
public sealed class NetHuntSandboxOptions
{
    public string Email { get; init; } = "support-bot@sandbox.example";

    public string ApiKey { get; init; } = "sandbox-nethunt-api-key";

    public string FolderId { get; init; } = "5f0c0ffee0000000000000a1";

    public string FolderName { get; init; } = "Support requests";

    /// <summary>The emulator's clock: rate-limit windows, slow answers, default change times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Whether feeds include items stamped exactly at <c>since</c> (the docs say "after").</summary>
    public bool SinceInclusive { get; init; }

    /// <summary>Whether <c>updated-record</c> also lists records never edited since their creation.</summary>
    public bool UpdatedFeedIncludesNew { get; init; }

    /// <summary>The largest <c>limit</c> honoured; larger values are cut to it.</summary>
    public int MaxLimit { get; init; } = 500;

    /// <summary>Calls allowed in <see cref="BurstWindow"/>; 0 (the default: NetHunt publishes no limit) turns it off.</summary>
    public int BurstLimit { get; init; }

    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The <c>Retry-After</c> of 429 answers, sent in whole seconds.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an injected <see cref="SandboxFault.Slow"/> answer takes, on <see cref="TimeProvider"/>.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A fixed delay added to every answer (WireMock's <c>WithDelay</c>).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;
}
