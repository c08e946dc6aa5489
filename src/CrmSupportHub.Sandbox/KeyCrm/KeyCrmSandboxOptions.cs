namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>How a <see cref="KeyCrmSandbox"/> behaves; the defaults follow KeyCRM's documented limits.</summary>
public sealed class KeyCrmSandboxOptions
{
    public string ApiToken { get; init; } = "sandbox-keycrm-api-key";

    /// <summary>The secret the client puts in the automation's webhook URL (at least 32 characters).</summary>
    public string WebhookSecret { get; init; } = "sandbox-keycrm-webhook-secret-0123456789abcdef";

    /// <summary>The emulator's clock: rate-limit windows, slow answers, default change times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Requests allowed per API key in a rolling minute (KeyCRM: 60); 0 turns the limit off.</summary>
    public int RequestsPerMinute { get; init; } = 60;

    /// <summary>Whether rate-limit 429s carry <c>Retry-After</c> (Laravel's throttle sends it; KeyCRM does not document it).</summary>
    public bool RetryAfterOnLimit { get; init; } = true;

    /// <summary>The <c>Retry-After</c> of injected 429s, sent in whole seconds.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether <c>GET /pipelines/cards/{id}</c> wraps the card in <c>{"data": …}</c> (the spec's
    /// declared shape) instead of answering the bare card.
    /// </summary>
    public bool WrapSingleCard { get; init; }

    /// <summary>How long an injected <see cref="SandboxFault.Slow"/> answer takes, on <see cref="TimeProvider"/>.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(35);

    /// <summary>A fixed delay added to every answer (WireMock's <c>WithDelay</c>).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;
}
