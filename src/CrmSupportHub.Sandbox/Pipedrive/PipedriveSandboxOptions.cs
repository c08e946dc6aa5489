namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>How a <see cref="PipedriveSandbox"/> behaves; the defaults follow Pipedrive's documented Lite plan.</summary>
public sealed class PipedriveSandboxOptions
{
    public string ApiToken { get; init; } = "sandbox-pipedrive-api-token";

    public string WebhookUsername { get; init; } = "pipedrive-hook";

    public string WebhookPassword { get; init; } = "sandbox-webhook-password";

    /// <summary>The emulator's clock: rate-limit windows, slow answers, default change times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Requests allowed per token in <see cref="BurstWindow"/> (Lite: 20 per 2 s); 0 turns the limit off.</summary>
    public int BurstLimit { get; init; } = 20;

    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether burst-limit 429s carry <c>Retry-After</c> (the current docs do not promise it).</summary>
    public bool RetryAfterOnBurst { get; init; }

    /// <summary>The <c>Retry-After</c> of injected 429s (and burst 429s when enabled), sent in whole seconds.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an injected <see cref="SandboxFault.Slow"/> answer takes, on <see cref="TimeProvider"/>.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A fixed delay added to every answer (WireMock's <c>WithDelay</c>).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;
}
